import { UnitCode } from '../../../shared/unit-of-measure';
import { LotLink, linksOf } from './lot-link';
import { traceLots } from './trace-lots';

const q = (amount: number, unit: UnitCode = 'KGM') => ({ amount, unit });
const portion = (lotId: string, amount: number, unit: UnitCode = 'KGM', productId = 'product:berries') => ({ lotId, productId, quantity: q(amount, unit) });

/** The links of a transformation recorded at the workshop. */
function cooked(id: string, inputs: ReturnType<typeof portion>[], outputs: ReturnType<typeof portion>[]): LotLink[] {
  return linksOf({
    type: 'lot.transformed',
    schemaVersion: 1,
    data: { transformationId: id, process: 'cooking', placeId: 'workshop:karakol', inputs, outputs, transformedAt: '2026-08-01T10:00:00+06:00' },
  });
}

function merged(id: string, inputs: ReturnType<typeof portion>[], output: ReturnType<typeof portion>): LotLink[] {
  return linksOf({ type: 'lot.merged', schemaVersion: 1, data: { transformationId: id, placeId: 'warehouse:ak-suu', inputs, outputs: [output], mergedAt: '2026-07-30T10:00:00+06:00' } });
}

function split(id: string, input: ReturnType<typeof portion>, outputs: ReturnType<typeof portion>[]): LotLink[] {
  return linksOf({ type: 'lot.split', schemaVersion: 1, data: { transformationId: id, placeId: 'workshop:karakol', inputs: [input], outputs, splitAt: '2026-08-02T10:00:00+06:00' } });
}

// Two harvests of sea-buckthorn merged, a third lot of it, and beet sugar, cooked into 100 kg of jam.
const JAM_SEASON = [
  ...merged('pool-1', [portion('H1', 40), portion('H2', 20)], portion('B1', 60)),
  ...cooked('cook-1', [portion('B1', 60), portion('B2', 40), portion('S', 30, 'KGM', 'product:sugar')], [portion('J', 100, 'KGM', 'product:jam')]),
];

const byLot = (trace: ReturnType<typeof traceLots>) => Object.fromEntries(trace.lots.map((l) => [l.lotId, l]));

describe('tracing a lot back to its origins', () => {
  it('attributes a jam lot to every berry lot and the sugar in proportion to what was taken', () => {
    const lots = byLot(traceLots('J', 'upstream', JAM_SEASON));
    expect(lots.J).toEqual({ lotId: 'J', depth: 0, share: 1, quantity: null });
    expect(lots.B1.share).toBeCloseTo(60 / 130, 12);
    expect(lots.S.share).toBeCloseTo(30 / 130, 12);
    expect(lots.H1).toEqual({ lotId: 'H1', depth: 2, share: expect.closeTo(40 / 130, 12), quantity: q(40) });
    expect(lots.H2).toEqual({ lotId: 'H2', depth: 2, share: expect.closeTo(20 / 130, 12), quantity: q(20) });
    const origins = ['H1', 'H2', 'B2', 'S'].map((id) => lots[id].share);
    expect(origins.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('of a lot split off, attributes only the part that went into it', () => {
    const links = [...JAM_SEASON, ...split('split-1', portion('J', 100, 'KGM', 'product:jam'), [portion('J1', 40, 'KGM', 'product:jam'), portion('J2', 60, 'KGM', 'product:jam')])];
    const lots = byLot(traceLots('J1', 'upstream', links));
    expect(lots.J.quantity).toEqual(q(40));
    expect(lots.B1.quantity).toEqual(q(24));
    expect(lots.H1.quantity).toEqual(q(16));
    expect(lots.H1.share).toBeCloseTo(40 / 130, 12);
    expect(lots.J2).toBeUndefined(); // a sibling is not upstream
  });

  it('shares a fact with several outputs between them by what each made: comb honey into honey and wax', () => {
    const links = cooked('extract-1', [portion('C', 100, 'KGM', 'product:comb')], [portion('HN', 70, 'KGM', 'product:honey'), portion('WX', 10, 'KGM', 'product:wax')]);
    const lots = byLot(traceLots('HN', 'upstream', links));
    expect(lots.C).toMatchObject({ share: 1, quantity: q(87.5) });
  });

  it('compares inputs in base units and answers in each lot\'s own unit', () => {
    const links = cooked('cook-2', [portion('B', 2, 'KGM'), portion('SG', 500, 'GRM', 'product:sugar')], [portion('J', 2.2, 'KGM', 'product:jam')]);
    const lots = byLot(traceLots('J', 'upstream', links));
    expect(lots.B.share).toBeCloseTo(0.8, 12);
    expect(lots.SG).toMatchObject({ share: expect.closeTo(0.2, 12), quantity: q(500, 'GRM') });
  });

  it('sums the paths of a lot reached twice (split and merged again) without counting it twice', () => {
    const links = [...split('s', portion('H', 100), [portion('A', 50), portion('B', 50)]), ...merged('m', [portion('A', 50), portion('B', 50)], portion('M', 100))];
    const lots = byLot(traceLots('M', 'upstream', links));
    expect(lots.H).toEqual({ lotId: 'H', depth: 2, share: expect.closeTo(1, 12), quantity: q(100) });
  });

  it('a harvest traced back is its own origin', () => {
    expect(traceLots('H1', 'upstream', JAM_SEASON)).toEqual({ lots: [{ lotId: 'H1', depth: 0, share: 1, quantity: null }], cycleLotIds: [] });
  });
});

describe('tracing a lot forward to everything made from it', () => {
  it('follows a harvest into the jam, with the share of each lot that came from it', () => {
    const lots = byLot(traceLots('H1', 'downstream', JAM_SEASON));
    expect(lots.B1).toEqual({ lotId: 'B1', depth: 1, share: expect.closeTo(40 / 60, 12), quantity: q(40) });
    expect(lots.J).toEqual({ lotId: 'J', depth: 2, share: expect.closeTo(40 / 130, 12), quantity: q(30.769) });
    expect(lots.H2).toBeUndefined();
  });

  it('reaches every output of a fact: the wax as well as the honey', () => {
    const links = cooked('extract-1', [portion('C', 100, 'KGM', 'product:comb')], [portion('HN', 70, 'KGM', 'product:honey'), portion('WX', 10, 'KGM', 'product:wax')]);
    const lots = byLot(traceLots('C', 'downstream', links));
    expect(lots.HN).toMatchObject({ share: 1, quantity: q(70) });
    expect(lots.WX).toMatchObject({ share: 1, quantity: q(10) });
  });
});

describe('a corrupt record', () => {
  it('a cycle of links ends the walk and is reported, instead of looping', () => {
    const links = [...merged('m1', [portion('A', 10), portion('X', 10)], portion('B', 20)), ...split('s1', portion('B', 20), [portion('A', 10), portion('C', 10)])];
    const trace = traceLots('A', 'downstream', links);
    expect(trace.cycleLotIds).toEqual(['A', 'B']);
    expect(trace.lots.map((l) => l.lotId)).toEqual(['A', 'B', 'C']);
    expect(traceLots('B', 'upstream', links).cycleLotIds).toEqual(['A', 'B']);
  });

  it('a chain of 20,000 lots is walked without overflowing the stack, in linear time', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => split(`s${i}`, portion(`L${i}`, 10), [portion(`L${i + 1}`, 5), portion(`R${i + 1}`, 5)])).flat();
    const started = performance.now();
    const trace = traceLots('L20000', 'upstream', chain);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(trace.lots).toHaveLength(20_001);
    expect(trace.lots.at(-1)).toMatchObject({ lotId: 'L0', depth: 20_000, share: 1 });
  });
});
