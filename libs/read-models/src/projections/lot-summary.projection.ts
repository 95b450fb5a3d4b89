import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { ExistingLot, LotEvent, LotHarvested, RecordedLotEvent, foldLot, onHandMilli, streamKindOf } from '#tamga/domain';

interface HistoryRow {
  lot_id: string;
  event_id: string;
  stream_version: number;
  actor_id: string | null;
  type: string;
  schema_version: number;
  data: unknown;
  recorded_at: Date;
}

/**
 * One row per lot, folded by the domain's own fold from the lot's projected history, so the read
 * model and the rules can never disagree on what a lot holds. Runs after the history projection
 * in the same transaction; a lot touched by a batch is folded once, whatever its number of events.
 */
export async function projectLotSummary(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const inBatch = historiesInBatch(events);
  if (inBatch.size === 0) return;
  // A lot whose whole history is in this batch (a new lot: versions 1..n, as harvests are) is
  // folded from the batch itself; the others are read back from lot_events, written just before.
  const incomplete = [...inBatch].filter(([, rows]) => rows.some((row, i) => row.stream_version !== i + 1)).map(([lotId]) => lotId);
  const reread = new Set(incomplete);
  const histories = new Map([...inBatch].filter(([lotId]) => !reread.has(lotId)));
  if (incomplete.length > 0) {
    const { rows } = await client.query<HistoryRow>(
      `SELECT lot_id, event_id, stream_version, actor_id, type, schema_version, data, recorded_at
         FROM ${schema}.lot_events WHERE lot_id = ANY($1::text[]) ORDER BY lot_id, stream_version`,
      [incomplete],
    );
    for (const row of rows) histories.set(row.lot_id, [...(histories.get(row.lot_id) ?? []), row]);
  }
  const lots = [...histories].flatMap(([lotId, history]) => {
    const state = foldLot(lotId, history.map(recordOf));
    return state.status === 'absent' ? [] : [rowOf(state, history)];
  });
  if (lots.length === 0) return;
  const column = <K extends keyof LotRow>(key: K) => lots.map((l) => l[key]);
  await client.query(
    `INSERT INTO ${schema}.lots AS l
       (lot_id, product_id, unit, status, on_hand_amount, in_transit_amount, created_at, creator_id, village_id, producer_id,
        harvested_amount, harvested_at, latitude, longitude, held, recall_id, recalled_units, custodians, certificates, open_flags,
        packed_units, version, recorded_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::timestamptz[],
                          $8::text[], $9::text[], $10::text[], $11::numeric[], $12::timestamptz[], $13::float8[], $14::float8[],
                          $15::boolean[], $16::text[], $17::int[], $18::jsonb[], $19::jsonb[], $20::jsonb[], $21::int[], $22::int[], $23::timestamptz[])
     ON CONFLICT (lot_id) DO UPDATE SET
       status = excluded.status, on_hand_amount = excluded.on_hand_amount, in_transit_amount = excluded.in_transit_amount,
       held = excluded.held, recall_id = excluded.recall_id, recalled_units = excluded.recalled_units, custodians = excluded.custodians,
       certificates = excluded.certificates, open_flags = excluded.open_flags, packed_units = excluded.packed_units,
       harvested_amount = excluded.harvested_amount, version = excluded.version, recorded_at = excluded.recorded_at
     WHERE l.version < excluded.version`,
    [
      column('lotId'), column('productId'), column('unit'), column('status'), column('onHand'), column('inTransit'),
      column('createdAt'), column('creatorId'), column('villageId'), column('producerId'), column('harvestedAmount'),
      column('harvestedAt'), column('latitude'), column('longitude'), column('held'), column('recallId'), column('recalledUnits'),
      column('custodians'), column('certificates'), column('openFlags'), column('packedUnits'), column('version'), column('recordedAt'),
    ],
  );
}

/** Each lot's events in this batch as history rows, one per version (the relay may publish one twice), in version order. */
function historiesInBatch(events: readonly EventEnvelope[]): Map<string, HistoryRow[]> {
  const byLot = new Map<string, Map<number, HistoryRow>>();
  for (const e of events) {
    if (streamKindOf(e.streamId) !== 'lot') continue;
    const versions = byLot.get(e.streamId) ?? new Map<number, HistoryRow>();
    versions.set(e.streamVersion, {
      lot_id: e.streamId,
      event_id: e.eventId,
      stream_version: e.streamVersion,
      actor_id: e.actorId,
      type: e.type,
      schema_version: e.schemaVersion,
      data: e.data,
      recorded_at: new Date(e.recordedAt),
    });
    byLot.set(e.streamId, versions);
  }
  return new Map([...byLot].map(([lotId, versions]) => [lotId, [...versions.values()].sort((a, b) => a.stream_version - b.stream_version)]));
}

function recordOf(row: HistoryRow): RecordedLotEvent {
  return {
    eventId: row.event_id,
    version: row.stream_version,
    actorId: row.actor_id,
    event: { type: row.type, schemaVersion: row.schema_version, data: row.data } as LotEvent,
  };
}

interface LotRow {
  lotId: string; productId: string; unit: string; status: string; onHand: number; inTransit: number; createdAt: string;
  creatorId: string | null; villageId: string | null; producerId: string | null; harvestedAmount: number | null;
  harvestedAt: string | null; latitude: number | null; longitude: number | null; held: boolean; recallId: string | null; recalledUnits: number;
  custodians: string; certificates: string; openFlags: string; packedUnits: number; version: number; recordedAt: string;
}

function rowOf(lot: ExistingLot, history: readonly HistoryRow[]): LotRow {
  const first = history[0];
  const harvest = first.type === 'lot.harvested' ? (first.data as LotHarvested['data']) : null;
  const retracted = new Set([...lot.events].filter(([, e]) => e.retracted).map(([id]) => id));
  // The harvested amount as corrected, if a correction of the harvest stands.
  const harvestCorrection = history
    .filter((h) => h.type === 'lot.corrected' && !retracted.has(h.event_id))
    .map((h) => h.data as { correctsEventId: string; changes: { quantity: { amount: number } } })
    .filter((c) => c.correctsEventId === first.event_id)
    .pop();
  const openFlags = history
    .filter((h) => h.type === 'lot.flagged' && !retracted.has(h.event_id))
    .map((h) => ({ eventId: h.event_id, ...(h.data as object) }));
  const last = history[history.length - 1];
  return {
    lotId: lot.lotId,
    productId: lot.productId,
    unit: lot.unit,
    status: lot.status,
    onHand: onHandMilli(lot) / 1000,
    inTransit: lot.inTransit.reduce((sum, s) => sum + s.milli, 0) / 1000,
    createdAt: lot.createdAt,
    creatorId: lot.creatorId,
    villageId: harvest?.villageId ?? null,
    producerId: harvest?.producerId ?? null,
    harvestedAmount: harvest ? (harvestCorrection?.changes.quantity.amount ?? harvest.quantity.amount) : null,
    harvestedAt: harvest?.harvestedAt ?? null,
    latitude: harvest?.location.latitude ?? null,
    longitude: harvest?.location.longitude ?? null,
    held: lot.openHolds.size > 0,
    recallId: lot.recallId,
    recalledUnits: lot.recalledSerials.size,
    custodians: JSON.stringify([...lot.holdings].sort((a, b) => a.partyId.localeCompare(b.partyId)).map((h) => ({ partyId: h.partyId, placeId: h.placeId, amount: h.milli / 1000 }))),
    certificates: JSON.stringify(lot.certificates),
    openFlags: JSON.stringify(openFlags),
    packedUnits: lot.packedUnits.size,
    version: last.stream_version,
    recordedAt: last.recorded_at.toISOString(),
  };
}
