import { Pool } from 'pg';
import { LotEvent, Quantity, RecordedLotEvent, standingAmendmentsOf } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { isoUtc, jsonRows } from './sql-helpers';

/** A correction or retraction, shown beside the event it amends. */
export interface AmendmentView {
  readonly version: number;
  readonly eventId: string;
  readonly type: 'lot.corrected' | 'lot.retracted';
  readonly reason: string;
  /** The right quantity, for a correction. */
  readonly quantity: Quantity | null;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: string | null;
  /** False for a correction that was itself retracted. */
  readonly standing: boolean;
}

/** One event of the audit trail: what happened, when, when it was recorded, by whom, and what amends it. */
export interface AuditEntryView {
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The party whose key recorded it (a party id; organisations' names are in master data). */
  readonly recordedBy: string | null;
  readonly globalPosition: string;
  readonly data: unknown;
  /** `corrected` or `retracted` when a standing amendment says so. */
  readonly status: 'standing' | 'corrected' | 'retracted';
  /** The quantity the lot's state reads for a corrected event. */
  readonly effectiveQuantity: Quantity | null;
  readonly amendments: readonly AmendmentView[];
  /** For a correction or retraction: the event it amends. */
  readonly amends: { readonly eventId: string; readonly version: number | null; readonly type: string | null } | null;
}

/** A lot's full, ordered history for an inspector. */
export interface LotAuditView {
  readonly lotId: string;
  readonly productId: string | null;
  readonly events: readonly AuditEntryView[];
}

interface EventRow {
  eventId: string; version: number; type: string; schemaVersion: number; occurredAt: string; recordedAt: string;
  actorId: string | null; globalPosition: string; data: Record<string, unknown>;
}

/**
 * Every event of a lot in stream order, each with the corrections and retractions that point at
 * it, read as the lot's fold reads them (standingAmendmentsOf). Null for a lot with no events.
 */
export async function findLotAudit(pool: Pool, lotId: string, schema = LIVE_READ_MODEL_SCHEMA): Promise<LotAuditView | null> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<{ productId: string | null; events: EventRow[] }>(
    `SELECT (SELECT product_id FROM ${s}.lots WHERE lot_id = $1) AS "productId",
       ${jsonRows(`SELECT event_id AS "eventId", stream_version AS version, type, schema_version AS "schemaVersion",
                          ${isoUtc('occurred_at')} AS "occurredAt", ${isoUtc('recorded_at')} AS "recordedAt", actor_id AS "actorId",
                          global_position::text AS "globalPosition", data
                     FROM ${s}.lot_events WHERE lot_id = $1 ORDER BY stream_version`)} AS events`,
    [lotId],
  );
  const { productId, events } = rows[0];
  if (events.length === 0) return null;
  const records: RecordedLotEvent[] = events.map((e) => ({ eventId: e.eventId, version: e.version, actorId: e.actorId, event: { type: e.type, schemaVersion: e.schemaVersion, data: e.data } as LotEvent }));
  const { retracted, corrections } = standingAmendmentsOf(records);
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const amendmentsOf = new Map<string, AmendmentView[]>();
  for (const e of events) {
    const target = (e.type === 'lot.corrected' ? e.data.correctsEventId : e.type === 'lot.retracted' ? e.data.retractsEventId : undefined) as string | undefined;
    if (!target) continue;
    const view: AmendmentView = {
      version: e.version,
      eventId: e.eventId,
      type: e.type as AmendmentView['type'],
      reason: String(e.data.reason ?? ''),
      quantity: e.type === 'lot.corrected' ? ((e.data.changes as { quantity: Quantity }).quantity) : null,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      recordedBy: e.actorId,
      standing: !retracted.has(e.eventId),
    };
    amendmentsOf.set(target, [...(amendmentsOf.get(target) ?? []), view]);
  }
  return {
    lotId,
    productId,
    events: events.map((e) => {
      const amended = (e.data.correctsEventId ?? e.data.retractsEventId) as string | undefined;
      const isAmendment = e.type === 'lot.corrected' || e.type === 'lot.retracted';
      const target = isAmendment && amended ? byId.get(amended) : undefined;
      return {
        version: e.version,
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        occurredAt: e.occurredAt,
        recordedAt: e.recordedAt,
        recordedBy: e.actorId,
        globalPosition: e.globalPosition,
        data: e.data,
        status: retracted.has(e.eventId) ? 'retracted' : corrections.has(e.eventId) ? 'corrected' : 'standing',
        effectiveQuantity: retracted.has(e.eventId) ? null : (corrections.get(e.eventId)?.quantity ?? null),
        amendments: amendmentsOf.get(e.eventId) ?? [],
        amends: isAmendment && amended ? { eventId: amended, version: target?.version ?? null, type: target?.type ?? null } : null,
      };
    }),
  };
}
