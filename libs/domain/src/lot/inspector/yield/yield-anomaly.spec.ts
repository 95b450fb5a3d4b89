import { YieldBound } from '../../../master-data/product/yield-bound';
import { yieldAnomaliesOf } from './yield-anomaly';

const HONEY_BOUNDS: YieldBound[] = [{ process: 'extraction', inputProductIds: ['product:comb-honey'], min: 0.6, max: 0.85 }];
const bounds = (productId: string) => (productId === 'product:honey' ? HONEY_BOUNDS : undefined);
const extraction = (combKg: number, honeyKg: number, process: 'extraction' | 'blending' = 'extraction') => ({
  process,
  inputs: [{ lotId: 'C', productId: 'product:comb-honey', quantity: { amount: combKg, unit: 'KGM' as const } }],
  outputs: [
    { lotId: 'HN', productId: 'product:honey', quantity: { amount: honeyKg, unit: 'KGM' as const } },
    { lotId: 'WX', productId: 'product:wax', quantity: { amount: 5, unit: 'KGM' as const } },
  ],
});

describe('yield anomalies: accepted yields at the edge of their bound', () => {
  it('flags a yield within a tenth of the range of the minimum (0.6..0.625 for honey)', () => {
    expect(yieldAnomaliesOf(extraction(100, 62.5), bounds)).toEqual([
      { productId: 'product:honey', yield: 0.625, min: 0.6, max: 0.85, edge: 'low', inputTotal: 100, outputTotal: 62.5 },
    ]);
  });

  it('flags a yield within a tenth of the range of the maximum', () => {
    expect(yieldAnomaliesOf(extraction(100, 84), bounds)).toMatchObject([{ edge: 'high', yield: 0.84 }]);
  });

  it('does not flag a yield well inside its bound', () => {
    expect(yieldAnomaliesOf(extraction(100, 70), bounds)).toEqual([]);
    expect(yieldAnomaliesOf(extraction(100, 62.6), bounds)).toEqual([]);
  });

  it('does not judge an output without a bound for this process and these inputs', () => {
    expect(yieldAnomaliesOf(extraction(100, 61, 'blending'), bounds)).toEqual([]);
  });
});
