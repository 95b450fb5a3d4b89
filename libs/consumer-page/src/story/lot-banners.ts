import { LotEventRecord, LotRecord, MasterDataRecords, UpstreamLotRecord } from './lot-story-source';
import { Banner } from './lot-story';
import { dateOf, liveEvents, text } from './live-events';
import { namedProduct } from './place-in-context';

function recallOf(events: readonly LotEventRecord[], matches: (data: Readonly<Record<string, unknown>>) => boolean) {
  const recall = events.filter((e) => e.type === 'lot.recalled' && matches(e.data)).pop();
  return { reason: recall ? text(recall.data, 'reason') : null, date: recall ? dateOf(recall.occurredAt) : null };
}

/** The latest hold still open (not released, not retracted), for its reason and date. */
function openHold(events: readonly LotEventRecord[]): LotEventRecord | undefined {
  const released = new Set(events.filter((e) => e.type === 'lot.released').map((e) => text(e.data, 'holdId')));
  return events.filter((e) => e.type === 'lot.held' && !released.has(text(e.data, 'holdId'))).pop();
}

/**
 * What a consumer must know before anything else, most serious first: the lot (or this unit) is
 * recalled; a raw material it was made from was recalled; it is on hold; some of its units are
 * recalled (on the lot's page, whose reader may hold one of them). `events` are the lot's live events.
 */
export function lotBanners(
  lot: LotRecord,
  events: readonly LotEventRecord[],
  serial: string | undefined,
  upstream: readonly UpstreamLotRecord[],
  masterData: MasterDataRecords,
): Banner[] {
  const banners: Banner[] = [];
  if (lot.recallId) {
    banners.push({ kind: 'recalled', ...recallOf(events, (d) => d.recallId === lot.recallId) });
  } else if (serial !== undefined) {
    const listsSerial = (d: Readonly<Record<string, unknown>>) => d.scope === 'listed-units' && Array.isArray(d.serials) && d.serials.includes(serial);
    if (events.some((e) => e.type === 'lot.recalled' && listsSerial(e.data))) banners.push({ kind: 'unit-recalled', ...recallOf(events, listsSerial) });
  }
  const recalledInput = [...upstream].sort((a, b) => a.depth - b.depth).find((u) => u.lot.recallId);
  if (recalledInput) {
    const recall = recallOf(liveEvents(recalledInput.events), (d) => d.recallId === recalledInput.lot.recallId);
    banners.push({ kind: 'ingredient-recalled', product: namedProduct(recalledInput.lot.productId, masterData), lotId: recalledInput.lot.lotId, date: recall.date });
  }
  if (lot.held) {
    const hold = openHold(events);
    banners.push({ kind: 'held', reason: hold ? text(hold.data, 'reason') : null, date: hold ? dateOf(hold.occurredAt) : null });
  }
  if (!lot.recallId && serial === undefined && lot.recalledUnits > 0) banners.push({ kind: 'some-units-recalled', units: lot.recalledUnits });
  return banners;
}
