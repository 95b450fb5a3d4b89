import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { LotEvent, LotMovement, OpenLotFlag, RecordedLotEvent, movementsOf, openFlagsOf, streamKindOf } from '#tamga/domain';

/**
 * Events after which a lot's movements or open flags may read differently as a whole: an
 * amendment changes an earlier movement, and these open or close flags (a receipt may arrive short).
 */
const REREAD_TYPES: ReadonlySet<string> = new Set(['lot.corrected', 'lot.retracted', 'lot.held', 'lot.released', 'lot.recalled', 'lot.flagged', 'lot.received']);

interface HistoryRow {
  lot_id: string;
  event_id: string;
  stream_version: number;
  actor_id: string | null;
  type: string;
  schema_version: number;
  data: unknown;
}

const recordOf = (e: { eventId: string; streamVersion: number; actorId: string | null; type: string; schemaVersion: number; data: unknown }): RecordedLotEvent => ({
  eventId: e.eventId,
  version: e.streamVersion,
  actorId: e.actorId,
  event: { type: e.type, schemaVersion: e.schemaVersion, data: e.data } as LotEvent,
});

/**
 * Movements and open flags of every lot, derived by the domain from the lot's own stream. Most
 * events (harvests, shipments, sales) only add their movement, keyed by (lot, version), so a
 * redelivery changes nothing. A lot whose batch holds an amendment or a flag-changing event is
 * read again whole from `lot_events` (projected first, in this transaction) and its rows
 * rewritten: the result depends only on the lot's history, never on how batches fell.
 */
export async function projectLotLedger(client: PoolClient, schema: string, all: readonly EventEnvelope[]): Promise<void> {
  const events = all.filter((e) => streamKindOf(e.streamId) === 'lot');
  if (events.length === 0) return;
  const reread = [...new Set(events.filter((e) => REREAD_TYPES.has(e.type)).map((e) => e.streamId))];
  const rereadSet = new Set(reread);
  const appended = new Map<string, RecordedLotEvent[]>();
  for (const e of events) {
    if (rereadSet.has(e.streamId)) continue;
    const records = appended.get(e.streamId);
    if (records) records.push(recordOf(e));
    else appended.set(e.streamId, [recordOf(e)]);
  }
  const movements = [...appended].flatMap(([lotId, records]) => movementsOf(lotId, records));
  const flags: OpenLotFlag[] = [];
  if (reread.length > 0) {
    const { rows } = await client.query<HistoryRow>(
      `SELECT lot_id, event_id, stream_version, actor_id, type, schema_version, data
         FROM ${schema}.lot_events WHERE lot_id = ANY($1::text[]) ORDER BY lot_id, stream_version`,
      [reread],
    );
    const histories = new Map<string, RecordedLotEvent[]>();
    for (const r of rows) {
      const record = recordOf({ eventId: r.event_id, streamVersion: r.stream_version, actorId: r.actor_id, type: r.type, schemaVersion: r.schema_version, data: r.data });
      const history = histories.get(r.lot_id);
      if (history) history.push(record);
      else histories.set(r.lot_id, [record]);
    }
    for (const [lotId, history] of histories) {
      movements.push(...movementsOf(lotId, history));
      flags.push(...openFlagsOf(lotId, history));
    }
    await client.query(`DELETE FROM ${schema}.lot_movements WHERE lot_id = ANY($1::text[])`, [reread]);
    await client.query(`DELETE FROM ${schema}.open_lot_flags WHERE lot_id = ANY($1::text[])`, [reread]);
  }
  await insertMovements(client, schema, movements);
  await insertFlags(client, schema, flags);
}

async function insertMovements(client: PoolClient, s: string, movements: readonly LotMovement[]): Promise<void> {
  if (movements.length === 0) return;
  const column = <T>(pick: (m: LotMovement) => T) => movements.map(pick);
  await client.query(
    `INSERT INTO ${s}.lot_movements (lot_id, stream_version, event_id, kind, amount, unit, place_id, party_id, counterparty_id, counter_place_id,
                                     reference, detail, serials, occurred_at, retracted, corrected)
     SELECT * FROM unnest($1::text[], $2::int[], $3::uuid[], $4::text[], $5::numeric[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                          $11::text[], $12::text[], $13::jsonb[], $14::timestamptz[], $15::boolean[], $16::boolean[])
     ON CONFLICT (lot_id, stream_version) DO NOTHING`,
    [
      column((m) => m.lotId), column((m) => m.version), column((m) => m.eventId), column((m) => m.kind), column((m) => m.quantity.amount),
      column((m) => m.quantity.unit), column((m) => m.placeId), column((m) => m.partyId), column((m) => m.counterpartyId), column((m) => m.counterPlaceId),
      column((m) => m.reference), column((m) => m.detail), column((m) => (m.serials ? JSON.stringify(m.serials) : null)), column((m) => m.occurredAt),
      column((m) => m.retracted), column((m) => m.corrected),
    ],
  );
}

async function insertFlags(client: PoolClient, s: string, flags: readonly OpenLotFlag[]): Promise<void> {
  if (flags.length === 0) return;
  await client.query(
    `INSERT INTO ${s}.open_lot_flags (lot_id, flag_id, kind, raised_at, raised_by, details)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[])
     ON CONFLICT DO NOTHING`,
    [flags.map((f) => f.lotId), flags.map((f) => f.flagId), flags.map((f) => f.kind), flags.map((f) => f.raisedAt), flags.map((f) => f.raisedBy), flags.map((f) => JSON.stringify(f.details))],
  );
}
