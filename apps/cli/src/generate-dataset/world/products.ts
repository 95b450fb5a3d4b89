import { LocalisedNames, RegisterProduct, YieldBound, demoGtin13 } from '#tamga/domain';

/** The products every chain of the dataset names, by role. */
export const PRODUCT_KEYS = [
  'comb-honey', 'mountain-honey', 'beeswax', 'blended-honey', 'sea-buckthorn-berries', 'sugar-beet', 'beet-sugar',
  'honey-jam', 'sea-buckthorn-oil', 'mutton-tallow', 'shakar-soap', 'sheep-wool', 'shyrdak-rug',
] as const;
export type ProductKey = (typeof PRODUCT_KEYS)[number];

/** The midpoint the chains aim for within each bound, so every output is plainly inside it. */
export const YIELD: Readonly<Record<'honey' | 'wax' | 'blend' | 'sugar' | 'jam' | 'oil' | 'soapBarsPerKg' | 'rugsPerKg', number>> = {
  honey: 0.75,
  wax: 0.08,
  blend: 0.99,
  sugar: 0.14,
  jam: 0.85,
  oil: 0.05,
  soapBarsPerKg: 11,
  rugsPerKg: 0.3,
};

interface ProductEntry {
  readonly names: LocalisedNames;
  readonly category: string;
  readonly unit: string;
  readonly bounds?: readonly (Omit<YieldBound, 'inputProductIds'> & { readonly inputs: readonly ProductKey[] })[];
}

const n = (ky: string, ru: string, en: string, ja?: string, zh?: string): LocalisedNames => ({ ky, ru, en, ...(ja ? { ja } : {}), ...(zh ? { zh } : {}) });

/**
 * Raw materials first (a yield bound names registered inputs). Bounds are output over summed
 * inputs in base units: comb honey gives 60-85 % honey and 4-15 % wax; a blend loses at most 3 %
 * in the tanks; beet gives 11-17 % sugar; berries, honey and sugar cook down to 70-95 % jam;
 * berries press to 2-8 % oil; 9-14 bars of soap per kilogram of fats; 0.15-0.5 rugs per kilogram of wool.
 * Goods sold abroad carry Japanese and Chinese names.
 */
const PRODUCTS: Readonly<Record<ProductKey, ProductEntry>> = {
  'comb-honey': { names: n('Уячалуу бал', 'Сотовый мёд', 'Comb honey'), category: 'honey', unit: 'kg' },
  'sea-buckthorn-berries': { names: n('Чычырканак мөмөсү', 'Ягоды облепихи', 'Sea-buckthorn berries'), category: 'berries', unit: 'kg' },
  'sugar-beet': { names: n('Кант кызылчасы', 'Сахарная свёкла', 'Sugar beet'), category: 'other', unit: 'kg' },
  'mutton-tallow': { names: n('Эритилген кой майы', 'Топлёный бараний жир', 'Rendered mutton tallow'), category: 'oil', unit: 'kg' },
  'sheep-wool': { names: n('Кой жүнү', 'Овечья шерсть', 'Sheep wool'), category: 'wool', unit: 'kg' },
  'mountain-honey': { names: n('Тоо балы', 'Горный мёд', 'Mountain honey'), category: 'honey', unit: 'kg',
    bounds: [{ process: 'extraction', inputs: ['comb-honey'], min: 0.6, max: 0.85 }] },
  beeswax: { names: n('Бал мому', 'Пчелиный воск', 'Beeswax'), category: 'other', unit: 'kg',
    bounds: [{ process: 'extraction', inputs: ['comb-honey'], min: 0.04, max: 0.15 }] },
  'blended-honey': { names: n('Кыргыз тоо балы', 'Киргизский горный мёд', 'Kyrgyz mountain honey', 'キルギスの山の蜂蜜', '吉尔吉斯山地蜂蜜'), category: 'honey', unit: 'kg',
    bounds: [{ process: 'blending', inputs: ['mountain-honey'], min: 0.97, max: 1 }] },
  'beet-sugar': { names: n('Кызылча канты', 'Свекловичный сахар', 'Beet sugar'), category: 'sugar', unit: 'kg',
    bounds: [{ process: 'extraction', inputs: ['sugar-beet'], min: 0.11, max: 0.17 }] },
  'honey-jam': { names: n('Бал кошулган чычырканак кыямы', 'Облепиховый джем с мёдом', 'Sea-buckthorn jam with honey', 'はちみつ入りシーバックソーンジャム', '蜂蜜沙棘果酱'), category: 'jam', unit: 'kg',
    bounds: [{ process: 'cooking', inputs: ['beet-sugar', 'blended-honey', 'sea-buckthorn-berries'], min: 0.7, max: 0.95 }] },
  'sea-buckthorn-oil': { names: n('Чычырканак майы', 'Облепиховое масло', 'Sea-buckthorn oil'), category: 'oil', unit: 'kg',
    bounds: [{ process: 'extraction', inputs: ['sea-buckthorn-berries'], min: 0.02, max: 0.08 }] },
  'shakar-soap': { names: n('«Шакар» дары самыны', 'Лечебное мыло «Шакар»', 'Shakar medicinal soap'), category: 'soap', unit: 'piece',
    bounds: [{ process: 'soap-making', inputs: ['beeswax', 'mutton-tallow', 'sea-buckthorn-oil'], min: 9, max: 14 }] },
  'shyrdak-rug': { names: n('Шырдак', 'Войлочный ковёр шырдак', 'Shyrdak felt rug', 'シルダック（フェルト絨毯）', '希尔达克毡毯'), category: 'felt', unit: 'piece',
    bounds: [{ process: 'felting', inputs: ['sheep-wool'], min: 0.15, max: 0.5 }] },
};

/** The dataset's products as registration commands, ids and GTINs under the dataset's tag and company reference. */
export function productCommands(idOf: (key: ProductKey) => string, gtinCompany: string): RegisterProduct[] {
  const order: readonly ProductKey[] = [
    'comb-honey', 'sea-buckthorn-berries', 'sugar-beet', 'mutton-tallow', 'sheep-wool',
    'mountain-honey', 'beeswax', 'blended-honey', 'beet-sugar', 'honey-jam', 'sea-buckthorn-oil', 'shakar-soap', 'shyrdak-rug',
  ];
  return order.map((key, i) => {
    const p = PRODUCTS[key];
    return {
      productId: idOf(key),
      gtin: demoGtin13(gtinCompany, String(10001 + i)),
      names: p.names,
      category: p.category,
      unit: p.unit,
      yieldBounds: (p.bounds ?? []).map((b) => ({ process: b.process, inputProductIds: b.inputs.map(idOf).sort(), min: b.min, max: b.max })),
    };
  });
}
