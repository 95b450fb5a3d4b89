import { CommandMetadata } from '../../../shared/command-metadata';
import { DomainError } from '../../../shared/domain-error';
import { localisedNamesOf } from '../../shared/localised-names';
import { assertUnchanged, nextVersion } from '../../shared/next-version';
import { oneOf } from '../../shared/one-of';
import { assertReferenceId } from '../../shared/reference-id';
import { Scheme } from '../scheme';
import { SchemeEvent } from '../scheme-event';
import { SCHEME_KINDS } from '../scheme-kind';
import { SchemeState } from '../scheme-state';
import { RegisterScheme } from './register-scheme.command';

/**
 * Decides a scheme registration (`scheme.registered`, version 1) or revision (`scheme.revised`).
 * Enforces: valid id, known kind (unchanged on revision: certificates already issued under it
 * mean that kind), ky/ru/en names, an issuer party id, and a region for a regional brand only.
 * The handler checks that the issuer and region exist.
 */
export function decideRegisterScheme(command: RegisterScheme, state: SchemeState, _meta: CommandMetadata): [SchemeEvent] {
  const schemeId = assertReferenceId(command.schemeId, 'schemeId');
  const version = nextVersion('scheme', schemeId, state, command.expectedVersion);
  const kind = oneOf(command.kind, SCHEME_KINDS, 'kind');
  const names = localisedNamesOf(command.names, 'names');
  const issuerPartyId = assertReferenceId(command.issuerPartyId, 'issuerPartyId');
  if ((kind === 'regional-brand') !== (command.regionId !== undefined)) {
    throw new DomainError('SCHEME.INVALID', 'invalid', 'A regional brand names its region; no other scheme does', [
      { field: 'regionId', rule: 'region-for-regional-brand', message: 'required for a regional brand, refused otherwise', kind },
    ]);
  }
  const regionId = command.regionId === undefined ? undefined : assertReferenceId(command.regionId, 'regionId');
  if (state.status === 'registered') assertUnchanged('scheme', 'kind', state.kind, kind);
  const data: Scheme = { schemeId, version, kind, names, issuerPartyId, ...(regionId !== undefined && { regionId }) };
  return version === 1
    ? [{ type: 'scheme.registered', schemaVersion: 1, data }]
    : [{ type: 'scheme.revised', schemaVersion: 1, data }];
}
