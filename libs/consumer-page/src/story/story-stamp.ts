import { LotStorySource, MasterDataRecords } from './lot-story-source';

/**
 * Everything a lot's page depends on, as versions: the lot's, every upstream lot's, and every
 * master-data record it names. Two requests with the same stamp, language, format and day get
 * the same bytes, so the stamp (with those) is the page's strong ETag; a new event on any of
 * those lots or a revised village name changes it.
 */
export function storyStamp(source: LotStorySource, masterData: MasterDataRecords): string {
  const parts = [
    `lot:${source.lot.lotId}@${source.lot.version}`,
    ...source.upstream.map((u) => `up:${u.lot.lotId}@${u.lot.version}`).sort(),
    ...[...masterData.products.values()].map((p) => `product:${p.productId}@${p.version}`).sort(),
    ...[...masterData.places.values()].map((p) => `place:${p.placeId}@${p.version}`).sort(),
    ...[...masterData.schemes.values()].map((s) => `scheme:${s.schemeId}@${s.version}`).sort(),
    // The integrity line changes when a checkpoint first covers the latest event.
    `log:${source.logPlace?.checkpoint ?? 'pending'}`,
  ];
  return parts.join('\n');
}
