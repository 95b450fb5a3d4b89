import { DossierRecord, EventCitation, citationOf } from './dossier-record';

/** A finding about a lot of the trace that inspectors were shown, such as a harvest of a product its village is not registered for. */
export interface DossierFlag {
  readonly lotId: string;
  readonly flag: string;
  readonly message: string;
  readonly flaggedAt: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly event: EventCitation;
}

/**
 * The flags of the trace not dismissed (a dismissal is a retraction): a dossier that could leave
 * them out would let an exporter hide what an inspector sees (the reasoning of ADR 0007's flags).
 */
export function standingFlagsOf(records: readonly DossierRecord[]): DossierFlag[] {
  const retracted = new Set(records.flatMap((r) => (r.event.type === 'lot.retracted' ? [r.event.data.retractsEventId] : [])));
  return records.flatMap((r) => {
    if (r.event.type !== 'lot.flagged' || retracted.has(r.eventId)) return [];
    const { lotId, flag, message, flaggedAt, ...details } = r.event.data;
    const sorted = Object.fromEntries(Object.keys(details).sort().map((k) => [k, details[k]]));
    return [{ lotId, flag, message, flaggedAt, details: sorted, event: citationOf(r) }];
  });
}
