import { ABSENT_PRODUCT, foldProduct } from '../product-state';
import { decideRegisterProduct } from './decide-register-product';
import { RegisterProduct } from './register-product.command';
import { refusal } from '../../../shared/refusal.testing';

const meta = { now: new Date('2026-03-03T09:00:00Z'), actorId: 'admin:ovop-association' };

const honey: RegisterProduct = {
  productId: 'product:white-sainfoin-honey',
  gtin: '4701234000014',
  names: {
    ky: 'Ак эспарцет балы',
    ru: 'Белый эспарцетовый мёд',
    en: 'White sainfoin honey',
    ja: '白いイガマメの蜂蜜',
    zh: '白色红豆草蜂蜜',
  },
  category: 'honey',
  unit: 'kg',
  yieldBounds: [{ process: 'extraction', inputProductIds: ['product:sainfoin-comb-honey'], min: 0.6, max: 0.85 }],
};

describe('register a product', () => {
  it('given no product, records product.registered with the GTIN as GTIN-14 and the unit as its UN/CEFACT code', () => {
    expect(decideRegisterProduct(honey, ABSENT_PRODUCT, meta)).toEqual([
      {
        type: 'product.registered',
        schemaVersion: 1,
        data: {
          productId: 'product:white-sainfoin-honey',
          version: 1,
          gtin: '04701234000014',
          names: honey.names,
          category: 'honey',
          unit: 'KGM',
          yieldBounds: [{ process: 'extraction', inputProductIds: ['product:sainfoin-comb-honey'], min: 0.6, max: 0.85 }],
        },
      },
    ]);
  });

  it('registers a raw material without yield bounds', () => {
    const comb = { ...honey, productId: 'product:sainfoin-comb-honey', gtin: '4701234000045', yieldBounds: undefined };
    expect(decideRegisterProduct(comb, ABSENT_PRODUCT, meta)[0].data.yieldBounds).toEqual([]);
  });

  it('given the product exists, refuses registering it again and accepts a revision at its version', () => {
    const state = foldProduct(decideRegisterProduct(honey, ABSENT_PRODUCT, meta));
    expect(refusal(() => decideRegisterProduct(honey, state, meta))).toMatchObject({ code: 'PRODUCT.ALREADY_EXISTS', kind: 'conflict' });
    const widened = { ...honey, expectedVersion: 1, yieldBounds: [{ ...honey.yieldBounds![0], max: 0.9 }] };
    const [event] = decideRegisterProduct(widened, state, meta);
    expect(event).toMatchObject({ type: 'product.revised', data: { version: 2, yieldBounds: [{ max: 0.9 }] } });
  });

  it('accepts the same GTIN written as GTIN-13 or GTIN-14 on revision, refuses a different one', () => {
    const state = foldProduct(decideRegisterProduct(honey, ABSENT_PRODUCT, meta));
    expect(() => decideRegisterProduct({ ...honey, expectedVersion: 1, gtin: '04701234000014' }, state, meta)).not.toThrow();
    const error = refusal(() => decideRegisterProduct({ ...honey, expectedVersion: 1, gtin: '4701234000021' }, state, meta));
    expect(error.details[0]).toMatchObject({ field: 'gtin', rule: 'immutable' });
  });

  it('refuses changing the unit once lots may have been counted in it', () => {
    const state = foldProduct(decideRegisterProduct(honey, ABSENT_PRODUCT, meta));
    const error = refusal(() => decideRegisterProduct({ ...honey, expectedVersion: 1, unit: 'l' }, state, meta));
    expect(error).toMatchObject({ code: 'PRODUCT.IMMUTABLE_FIELD', kind: 'conflict' });
  });

  it.each([
    [{ gtin: '4701234000015' }, 'gtin', 'gs1-check-digit'],
    [{ category: 'caviar' }, 'category', 'known-value'],
    [{ unit: 'bushel' }, 'unit', 'known-unit'],
    [{ names: { ky: 'Бал', ru: 'Мёд', en: 'Honey', ja: ' ' } }, 'names.ja', 'name-required'],
    [{ yieldBounds: [{ process: 'extraction', inputProductIds: ['product:sainfoin-comb-honey'], min: 0.9, max: 0.6 }] }, 'yieldBounds[0]', 'yield-range'],
  ])('refuses %p (field %s, rule %s)', (change, field, rule) => {
    const error = refusal(() => decideRegisterProduct({ ...honey, ...change } as RegisterProduct, ABSENT_PRODUCT, meta));
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field, rule });
  });

  it('names the expected check digit of a mistyped GTIN', () => {
    const error = refusal(() => decideRegisterProduct({ ...honey, gtin: '4701234000015' }, ABSENT_PRODUCT, meta));
    expect(error.details[0]).toMatchObject({ expected: 4, actual: 5 });
  });
});
