import { CommandMetadata } from '../../../shared/command-metadata';
import { DomainError } from '../../../shared/domain-error';
import { glnOf } from '../../gs1/gln';
import { localisedNamesOf } from '../../shared/localised-names';
import { assertUnchanged, nextVersion } from '../../shared/next-version';
import { oneOf } from '../../shared/one-of';
import { assertReferenceId } from '../../shared/reference-id';
import { Place } from '../place';
import { PlaceEvent } from '../place-event';
import { placeGeometryOf } from '../place-geometry';
import { PARENT_KINDS, PLACE_KINDS } from '../place-kind';
import { PlaceState } from '../place-state';
import { RegisterPlace } from './register-place.command';

function refuseParent(rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('PLACE.INVALID_PARENT', 'invalid', `Invalid parentId: ${message}`, [
    { field: 'parentId', rule, message, ...extra },
  ]);
}

/**
 * Decides a place registration (`place.registered`, version 1) or revision (`place.revised`,
 * expectedVersion + 1). Enforces: valid id, known kind, GLN check digit, ky/ru/en names, valid
 * GeoJSON inside Kyrgyzstan, a parent of a kind that may contain this one (none for regions and
 * cities), and on revision an unchanged kind and GLN. `parent` is the state of `command.parentId`
 * (ABSENT_PLACE when there is none): the handler loads it so the hierarchy can be checked here.
 */
export function decideRegisterPlace(
  command: RegisterPlace,
  state: PlaceState,
  _meta: CommandMetadata,
  parent: PlaceState,
): [PlaceEvent] {
  const placeId = assertReferenceId(command.placeId, 'placeId');
  const version = nextVersion('place', placeId, state, command.expectedVersion);
  const kind = oneOf(command.kind, PLACE_KINDS, 'kind');
  const gln = glnOf(command.gln, 'gln');
  const names = localisedNamesOf(command.names, 'names');
  const allowedParents = PARENT_KINDS[kind];
  if (command.parentId === undefined) {
    if (allowedParents.length > 0) {
      throw refuseParent('parent-required', `a ${kind} lies inside a ${allowedParents.join(' or ')}`);
    }
  } else {
    const parentId = assertReferenceId(command.parentId, 'parentId');
    if (allowedParents.length === 0) throw refuseParent('no-parent', `a ${kind} is a top-level place`);
    if (parentId === placeId) throw refuseParent('not-self', 'a place cannot contain itself');
    if (parent.status === 'absent' || parent.placeId !== parentId) {
      throw new DomainError('PLACE.NOT_FOUND', 'not-found', `Parent place ${parentId} is not registered`, [
        { field: 'parentId', rule: 'registered', message: 'the parent place must be registered first' },
      ]);
    }
    if (!allowedParents.includes(parent.kind)) {
      throw refuseParent('parent-kind', `a ${kind} lies inside a ${allowedParents.join(' or ')}, not a ${parent.kind}`, {
        parentKind: parent.kind,
      });
    }
  }
  const geometry = command.geometry === undefined ? undefined : placeGeometryOf(command.geometry, 'geometry');
  if (state.status === 'registered') {
    assertUnchanged('place', 'kind', state.kind, kind);
    assertUnchanged('place', 'gln', state.gln, gln);
  }
  const data: Place = {
    placeId,
    version,
    kind,
    gln,
    names,
    ...(command.parentId !== undefined && { parentId: command.parentId }),
    ...(geometry !== undefined && { geometry }),
  };
  return version === 1
    ? [{ type: 'place.registered', schemaVersion: 1, data }]
    : [{ type: 'place.revised', schemaVersion: 1, data }];
}
