import { Pool } from 'pg';
import { issueApiKey } from '#tamga/api-keys';
import { Party, PartyEvent, foldParty, masterDataLookupOf, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { datasetIds } from '../../apps/cli/src/generate-dataset/world/dataset-ids';

/**
 * An API key for the dataset's first inspector, issued by the dataset's admin straight in the event
 * store (as `tamga admin-key` issues one): the traces are inspectors' reads. One `api-key.issued`
 * event a run; the dataset check leaves api-key streams out of its count.
 */
export async function inspectorKey(pool: Pool, seed: number): Promise<string> {
  const ids = datasetIds(seed);
  const store = new PostgresEventStore(pool);
  const party = async (partyId: string): Promise<Party> => {
    const state = foldParty((await store.readStream(streamIdOf.party(partyId))).map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as PartyEvent));
    if (state.status !== 'registered') throw new Error(`The dataset has no party ${partyId}`);
    return state;
  };
  const [inspector, admin] = [await party(ids.id('inspector', 'inspector-1')), await party(ids.id('admin', 'dataset'))];
  const issued = await issueApiKey(store, { partyId: inspector.partyId, label: 'bench-provenance' }, masterDataLookupOf({ parties: [inspector, admin] }), {
    now: new Date(),
    actorId: admin.partyId,
  });
  return issued.apiKey;
}
