import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { LOT_ID_PATTERN } from '#tamga/domain';
import { LotStory, ProductStory, buildLotStory, buildProductStory, masterDataReferences, productStamp, storyStamp } from '#tamga/consumer-page';
import { ParsedDigitalLink } from '#tamga/epcis';
import { findEventLogPlace } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { findConsumerLot, findConsumerMasterData, findConsumerProduct } from '#tamga/read-models';

/** What a well-formed code names, with the stamp of versions its page depends on. */
export type ResolvedCode =
  | { readonly kind: 'lot'; readonly story: LotStory; readonly stamp: string }
  | { readonly kind: 'product'; readonly story: ProductStory; readonly stamp: string };

/**
 * Finds what a parsed GS1 Digital Link names in the read models: a GTIN alone is its product, a
 * GTIN and lot a lot of that product, with a serial a unit packed from that lot. Null for a code
 * Tamga has not recorded (the caller's 404): an unknown GTIN, a lot of another product, a serial
 * never packed from the lot, a variant (AI 22; Tamga issues none), a serial without its lot
 * (Tamga's labels always print the lot, and a serial is only found through it).
 */
@Injectable()
export class DigitalLinkResolver {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async resolve(link: ParsedDigitalLink, today: string): Promise<ResolvedCode | null> {
    if (link.cpv !== undefined) return null;
    if (link.lot === undefined) return link.serial === undefined ? this.product(link.gtin) : null;
    // A lot code outside Tamga's own (stricter) alphabet cannot be a Tamga lot: no need to ask.
    if (!LOT_ID_PATTERN.test(link.lot)) return null;
    const found = await findConsumerLot(this.pool, link.lot);
    if (!found) return null;
    // The integrity line's log place is read beside the master data, not after it: no extra wait.
    const latest = found.events[found.events.length - 1];
    const [masterData, logPlace] = await Promise.all([
      findConsumerMasterData(this.pool, masterDataReferences(found)),
      latest ? findEventLogPlace(this.pool, latest.eventId) : Promise.resolve(null),
    ]);
    const source = { ...found, logPlace };
    const story = buildLotStory(source, masterData, { gtin: link.gtin, lot: link.lot, ...(link.serial !== undefined ? { serial: link.serial } : {}) }, today);
    return story ? { kind: 'lot', story, stamp: storyStamp(source, masterData) } : null;
  }

  private async product(gtin: string): Promise<ResolvedCode | null> {
    const found = await findConsumerProduct(this.pool, gtin);
    if (!found) return null;
    const villageIds = [...new Set(found.lots.flatMap((l) => (l.villageId ? [l.villageId] : [])))];
    const masterData = await findConsumerMasterData(this.pool, { productIds: [], placeIds: villageIds, schemeIds: [] });
    return {
      kind: 'product',
      story: buildProductStory(found.product, found.lots, masterData),
      stamp: productStamp(found.product, found.lots, masterData),
    };
  }
}
