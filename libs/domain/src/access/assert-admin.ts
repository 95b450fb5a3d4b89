import { CommandMetadata } from '../shared/command-metadata';
import { MasterDataLookup } from '../master-data/lookup/master-data-lookup';
import { assertHoldsRole } from './assert-holds-role';

/**
 * Refuses (403) an actor that is not a registered admin. Checked in the decision as well as at the
 * HTTP edge, so a caller that skips the edge (the command line, a test) cannot hand out keys.
 */
export function assertAdmin(masterData: MasterDataLookup, meta: CommandMetadata, action: string): void {
  const actor = meta.actorId === null ? undefined : masterData.party(meta.actorId);
  assertHoldsRole(actor?.kinds ?? [], ['admin'], action);
}
