import { RegisterProduct, RegisterSpecialisation, demoGtin13 } from '#tamga/domain';

/**
 * The goods of the season, raw materials before what is made from them (a yield bound names
 * registered inputs). Yield bounds are output over the summed inputs, in base units:
 * - comb honey gives 60 to 85 % extracted honey and 4 to 15 % beeswax;
 * - berries cooked with sugar lose water: 70 to 95 % of the mass comes out as jam;
 * - cold-pressed sea-buckthorn gives 2 to 8 % oil; sugar beet 11 to 17 % sugar;
 * - soap is counted in bars: 9 to 14 bars of 100 g per kilogram of fats and wax (lye and water add weight);
 * - a shyrdak rug takes 2 to 6 kg of raw wool: 0.15 to 0.5 rugs per kilogram.
 * Honey and jam are exported to Japan and China, so they carry ja and zh names too.
 */
export const PRODUCTS: readonly RegisterProduct[] = [
  { productId: 'product:comb-honey', gtin: demoGtin13('2026', '10001'), category: 'honey', unit: 'kg',
    names: { ky: 'Уячалуу бал', ru: 'Сотовый мёд', en: 'Comb honey' } },
  { productId: 'product:sea-buckthorn-berries', gtin: demoGtin13('2026', '10002'), category: 'berries', unit: 'kg',
    names: { ky: 'Чычырканак мөмөсү', ru: 'Ягоды облепихи', en: 'Sea-buckthorn berries' } },
  { productId: 'product:sugar-beet', gtin: demoGtin13('2026', '10003'), category: 'other', unit: 'kg',
    names: { ky: 'Кант кызылчасы', ru: 'Сахарная свёкла', en: 'Sugar beet' } },
  { productId: 'product:mutton-tallow', gtin: demoGtin13('2026', '10004'), category: 'oil', unit: 'kg',
    names: { ky: 'Эритилген кой майы', ru: 'Топлёный бараний жир', en: 'Rendered mutton tallow' } },
  { productId: 'product:sheep-wool', gtin: demoGtin13('2026', '10005'), category: 'wool', unit: 'kg',
    names: { ky: 'Кой жүнү', ru: 'Овечья шерсть', en: 'Sheep wool' } },

  { productId: 'product:white-sainfoin-honey', gtin: demoGtin13('2026', '20001'), category: 'honey', unit: 'kg',
    names: { ky: 'Ак эспарцет балы', ru: 'Белый эспарцетовый мёд', en: 'White sainfoin honey', ja: '白いイガマメ蜂蜜', zh: '白色驴食草蜂蜜' },
    yieldBounds: [{ process: 'extraction', inputProductIds: ['product:comb-honey'], min: 0.6, max: 0.85 }] },
  { productId: 'product:beeswax', gtin: demoGtin13('2026', '20002'), category: 'other', unit: 'kg',
    names: { ky: 'Бал мому', ru: 'Пчелиный воск', en: 'Beeswax' },
    yieldBounds: [{ process: 'extraction', inputProductIds: ['product:comb-honey'], min: 0.04, max: 0.15 }] },
  { productId: 'product:beet-sugar', gtin: demoGtin13('2026', '20003'), category: 'sugar', unit: 'kg',
    names: { ky: 'Кызылча канты', ru: 'Свекловичный сахар', en: 'Beet sugar' },
    yieldBounds: [{ process: 'extraction', inputProductIds: ['product:sugar-beet'], min: 0.11, max: 0.17 }] },
  { productId: 'product:sea-buckthorn-oil', gtin: demoGtin13('2026', '20004'), category: 'oil', unit: 'kg',
    names: { ky: 'Чычырканак майы', ru: 'Облепиховое масло', en: 'Sea-buckthorn oil' },
    yieldBounds: [{ process: 'extraction', inputProductIds: ['product:sea-buckthorn-berries'], min: 0.02, max: 0.08 }] },
  { productId: 'product:sea-buckthorn-jam', gtin: demoGtin13('2026', '20005'), category: 'jam', unit: 'kg',
    names: { ky: 'Чычырканак кыямы', ru: 'Облепиховый джем', en: 'Sea-buckthorn jam', ja: 'シーバックソーンジャム', zh: '沙棘果酱' },
    yieldBounds: [{ process: 'cooking', inputProductIds: ['product:beet-sugar', 'product:sea-buckthorn-berries'], min: 0.7, max: 0.95 }] },
  { productId: 'product:shakar-soap', gtin: demoGtin13('2026', '20006'), category: 'soap', unit: 'piece',
    names: { ky: '«Шакар» дары самыны', ru: 'Лечебное мыло «Шакар»', en: 'Shakar medicinal soap' },
    yieldBounds: [{ process: 'soap-making', inputProductIds: ['product:beeswax', 'product:mutton-tallow', 'product:sea-buckthorn-oil'], min: 9, max: 14 }] },
  { productId: 'product:shyrdak-rug', gtin: demoGtin13('2026', '20007'), category: 'felt', unit: 'piece',
    names: { ky: 'Шырдак', ru: 'Войлочный ковёр шырдак', en: 'Shyrdak felt rug' },
    yieldBounds: [{ process: 'felting', inputProductIds: ['product:sheep-wool'], min: 0.15, max: 0.5 }] },
];

/**
 * Which village is registered for which product under OVOP, and since when. Kaindy's date is the
 * 2023 decree that made OVOP national. Jeti-Oguz is registered for wool only: the sea-buckthorn a
 * herder there picks along the river is accepted, and flagged for inspectors.
 */
export const SPECIALISATIONS: readonly RegisterSpecialisation[] = [
  { villageId: 'village:tamga', productId: 'product:comb-honey', since: '2012-05-01' },
  { villageId: 'village:barskoon', productId: 'product:comb-honey', since: '2012-05-01' },
  { villageId: 'village:tosor', productId: 'product:comb-honey', since: '2014-04-15' },
  { villageId: 'village:ananyevo', productId: 'product:sea-buckthorn-berries', since: '2013-06-01' },
  { villageId: 'village:ak-suu', productId: 'product:sea-buckthorn-berries', since: '2015-06-01' },
  { villageId: 'village:kyzyl-suu', productId: 'product:sea-buckthorn-berries', since: '2016-06-01' },
  { villageId: 'village:jeti-oguz', productId: 'product:sheep-wool', since: '2023-04-01' },
  { villageId: 'village:bokonbaevo', productId: 'product:sheep-wool', since: '2012-05-01' },
  { villageId: 'village:bokonbaevo', productId: 'product:shyrdak-rug', since: '2012-05-01' },
  { villageId: 'village:tup', productId: 'product:mutton-tallow', since: '2023-05-01' },
  { villageId: 'village:kaindy', productId: 'product:sugar-beet', since: '2023-03-03' },
];
