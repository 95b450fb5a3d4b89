import { buildLotStory } from './build-lot-story';
import { masterDataReferences } from './references';
import { HONEY_GTIN, MASTER_DATA, event, honeySource } from './story-fixture.testing';

const code = { gtin: HONEY_GTIN, lot: 'HN-1' };

describe("a lot's story", () => {
  it('goes back through the extraction to both villages, each with its producer and harvest date', () => {
    const story = buildLotStory(honeySource(), MASTER_DATA, code, '2026-08-10')!;
    expect(story.origins.map((g) => [g.village.id, g.producerIds, g.firstHarvest])).toEqual([
      ['village:barskoon', ['producer:barskoon-1'], '2026-07-12'],
      ['village:tamga', ['producer:tamga-1'], '2026-07-11'],
    ]);
    expect(story.origins[1].village.within.map((p) => p.id)).toEqual(['district:jeti-oguz', 'region:issyk-kul']);
    expect(story.harvestCount).toBe(2);
  });

  it('lists the extraction once (both inputs hold a copy) and the packing, oldest first', () => {
    const story = buildLotStory(honeySource(), MASTER_DATA, code, '2026-08-10')!;
    expect(story.steps.map((s) => [s.kind, s.process, s.date])).toEqual([
      ['transformation', 'extraction', '2026-07-21'],
      ['packing', null, '2026-07-22'],
    ]);
    expect(story.steps[1].units).toEqual({ count: 4, size: { amount: 500, unit: 'GRM' } });
  });

  it('shows only certificates valid today: not the revoked one, and not one whose last day has passed', () => {
    expect(buildLotStory(honeySource(), MASTER_DATA, code, '2026-07-30')!.certificates.map((c) => c.certificateId)).toEqual(['ORG-1', 'MIK-1']);
    expect(buildLotStory(honeySource(), MASTER_DATA, code, '2026-08-02')!.certificates.map((c) => c.certificateId)).toEqual(['ORG-1']);
  });

  it('keeps the latest result of each lab parameter: the passing re-test, not the failed test', () => {
    const lab = buildLotStory(honeySource(), MASTER_DATA, code, '2026-08-10')!.lab!;
    expect(lab.lastTested).toBe('2026-07-30');
    expect(lab.results.map((r) => [r.parameter, r.value, r.withinLimits])).toEqual([['HMF', 12, true], ['moisture', 17.4, true]]);
  });

  it('forgets what was retracted', () => {
    const source = honeySource();
    const sale = source.events.find((e) => e.type === 'lot.sold')!;
    const story = buildLotStory(honeySource([event('lot.retracted', '2026-08-02T00:00:00Z', { retractsEventId: sale.eventId })]), MASTER_DATA, code, '2026-08-10');
    expect(buildLotStory(source, MASTER_DATA, code, '2026-08-10')!.sales).toHaveLength(1);
    expect(story!.sales).toEqual([]);
  });

  it('names where it was sold and the countries it was exported to', () => {
    const story = buildLotStory(honeySource(), MASTER_DATA, code, '2026-08-10')!;
    expect(story.sales.map((s) => [s.place.id, s.firstSale])).toEqual([['shop:ovop', '2026-08-01']]);
    expect(story.exports).toEqual([{ country: 'JP', firstExport: '2026-08-05' }]);
  });

  it("is not told for a code that does not name the lot: another product's GTIN, or a serial never packed from it", () => {
    expect(buildLotStory(honeySource(), MASTER_DATA, { ...code, gtin: '04701234000021' }, '2026-08-10')).toBeNull();
    expect(buildLotStory(honeySource(), MASTER_DATA, { ...code, serial: 'J9999' }, '2026-08-10')).toBeNull();
  });

  it("tells a unit's packing and sale", () => {
    const story = buildLotStory(honeySource(), MASTER_DATA, { ...code, serial: 'J0002' }, '2026-08-10')!;
    expect(story.unit).toMatchObject({ serial: 'J0002', packedAt: '2026-07-22', sold: { date: '2026-08-01', place: { id: 'shop:ovop' } } });
    expect(story.steps.find((s) => s.kind === 'packing')!.units!.count).toBe(1);
  });

  it('names every product, place and scheme it needs from master data', () => {
    expect(masterDataReferences(honeySource())).toEqual({
      productIds: ['product:comb-honey', 'product:honey'],
      placeIds: ['apiary:tamga-1', 'shop:ovop', 'village:barskoon', 'village:tamga', 'workshop:honey-house'],
      schemeIds: ['scheme:made-in-kg', 'scheme:organic-kg'],
    });
  });
});

describe('the banners of a story', () => {
  const recall = (data: Record<string, unknown>) => event('lot.recalled', '2026-08-08T04:00:00Z', { lotId: 'HN-1', reason: 'glass splinters in jars', recalledAt: '2026-08-08T04:00:00Z', ...data });

  it('says a recalled lot is recalled, with the reason and date', () => {
    const source = honeySource([recall({ recallId: 'R-1', scope: 'whole-lot' })], { recallId: 'R-1' });
    expect(buildLotStory(source, MASTER_DATA, code, '2026-08-10')!.banners).toEqual([{ kind: 'recalled', reason: 'glass splinters in jars', date: '2026-08-08' }]);
  });

  it("recalls one unit on that unit's page, warns on the lot's page, and leaves other units' pages alone", () => {
    const source = honeySource([recall({ recallId: 'R-2', scope: 'listed-units', serials: ['J0005'] })], { recalledUnits: 1 });
    expect(buildLotStory(source, MASTER_DATA, { ...code, serial: 'J0005' }, '2026-08-10')!.banners.map((b) => b.kind)).toEqual(['unit-recalled']);
    expect(buildLotStory(source, MASTER_DATA, code, '2026-08-10')!.banners).toEqual([{ kind: 'some-units-recalled', units: 1 }]);
    expect(buildLotStory(source, MASTER_DATA, { ...code, serial: 'J0003' }, '2026-08-10')!.banners).toEqual([]);
  });

  it('says a lot is on hold while a hold is open, with the reason of the open one', () => {
    const held = [
      event('lot.held', '2026-08-06T04:00:00Z', { holdId: 'H-1', lotId: 'HN-1', reason: 'moisture re-test', heldAt: '2026-08-06T04:00:00Z' }),
      event('lot.released', '2026-08-07T04:00:00Z', { holdId: 'H-1', lotId: 'HN-1', reason: 'passed', releasedAt: '2026-08-07T04:00:00Z' }),
      event('lot.held', '2026-08-09T04:00:00Z', { holdId: 'H-2', lotId: 'HN-1', reason: 'label check', heldAt: '2026-08-09T04:00:00Z' }),
    ];
    expect(buildLotStory(honeySource(held, { held: true }), MASTER_DATA, code, '2026-08-10')!.banners).toEqual([{ kind: 'held', reason: 'label check', date: '2026-08-09' }]);
  });

  it('warns when a raw material the lot was made from is recalled', () => {
    const source = honeySource();
    const upstream = [{ ...source.upstream[0], lot: { ...source.upstream[0].lot, recallId: 'R-9' } }, source.upstream[1]];
    expect(buildLotStory({ ...source, upstream }, MASTER_DATA, code, '2026-08-10')!.banners).toEqual([
      { kind: 'ingredient-recalled', lotId: 'C-1', date: null, product: { id: 'product:comb-honey', names: expect.objectContaining({ en: 'Comb honey' }) } },
    ]);
  });
});
