import { LotStorySource, MasterDataRecords } from './lot-story-source';
import { LotStory } from './lot-story';
import { dateOf, liveEvents } from './live-events';
import { labSummary } from './lab-summary';
import { lotBanners } from './lot-banners';
import { originGroups } from './origins';
import { namedProduct } from './place-in-context';
import { processingSteps } from './processing-steps';
import { exportDestinations, salePlaces, unitOfLot } from './sales';
import { validCertificates } from './valid-certificates';

/** The code a story is told for: the GTIN on the label, the lot, and the unit's serial if it has one. */
export interface StoryCode {
  readonly gtin: string;
  readonly lot: string;
  readonly serial?: string;
}

/**
 * Tells a lot's story, or returns null when the code does not name it: the lot belongs to another
 * product than the GTIN's, or the serial was never packed from this lot. `today` is Kyrgyzstan's
 * calendar date (YYYY-MM-DD); nothing else here depends on when it runs.
 */
export function buildLotStory(source: LotStorySource, masterData: MasterDataRecords, code: StoryCode, today: string): LotStory | null {
  const product = masterData.products.get(source.lot.productId);
  if (!product || product.gtin !== code.gtin) return null;
  const events = liveEvents(source.events);
  const unit = code.serial !== undefined ? unitOfLot(events, code.serial, masterData) : null;
  if (code.serial !== undefined && !unit) return null;
  const upstreamEvents = source.upstream.flatMap((u) => liveEvents(u.events));
  const ownHarvest = events.filter((e) => e.type === 'lot.harvested');
  const harvests = ownHarvest.length > 0 ? ownHarvest : upstreamEvents.filter((e) => e.type === 'lot.harvested');
  const origins = originGroups(harvests, masterData);
  const { steps, earlier } = processingSteps(events, upstreamEvents, code.serial, masterData);
  const last = source.events.reduce((a, b) => (b.recordedAt > a.recordedAt ? b : a), source.events[0]);
  return {
    code: { gtin: code.gtin, lot: code.lot, ...(code.serial !== undefined ? { serial: code.serial } : {}) },
    product: { ...namedProduct(product.productId, masterData), category: product.category },
    lotId: source.lot.lotId,
    unit,
    banners: lotBanners(source.lot, events, code.serial, source.upstream, masterData),
    origins,
    harvestCount: harvests.length,
    originsComplete: source.upstreamComplete,
    steps,
    earlierSteps: earlier,
    certificates: validCertificates(source.lot.certificates, today, masterData),
    lab: labSummary(events),
    sales: salePlaces(events, masterData),
    exports: exportDestinations(events),
    integrity: {
      events: source.events.length,
      upstreamLots: source.upstream.length,
      lastRecordedAt: last?.recordedAt ?? source.lot.createdAt,
      lastRecordedOn: dateOf(last?.recordedAt ?? source.lot.createdAt),
      lastEventId: last?.eventId ?? '',
      log: source.logPlace ? { eventId: source.logPlace.eventId, checkpoint: source.logPlace.checkpoint } : null,
    },
    today,
  };
}
