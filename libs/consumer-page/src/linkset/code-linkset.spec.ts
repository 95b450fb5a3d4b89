import { GS1_LINK_TYPES, codeLinkset } from './code-linkset';

const honey = { ky: 'Ак эспарцет балы', ru: 'Белый эспарцетовый мёд', en: 'White sainfoin honey', ja: '白いイガマメ蜂蜜' };

describe("a code's RFC 9264 linkset", () => {
  const linkset = codeLinkset({
    origin: 'https://tamga.kg',
    path: '/01/04701234000014/10/HN-1',
    productId: 'product:honey',
    productNames: honey,
    lotId: 'HN-1',
    certificates: [{ schemeId: 'scheme:organic-kg', names: { ky: 'Органикалык', ru: 'Органика', en: 'Organic' } }],
    recalled: true,
  });
  const [context] = linkset.linkset;

  it('has one link context, anchored at the code', () => {
    expect(linkset.linkset).toHaveLength(1);
    expect(context.anchor).toBe('https://tamga.kg/01/04701234000014/10/HN-1');
  });

  it('keeps to the GS1 linkset schema: relation keys are names or URIs, targets http(s), hreflang two letters', () => {
    for (const [key, value] of Object.entries(context)) {
      if (key === 'anchor') continue;
      expect(key).toMatch(/^([a-z-]+|https?:\/\/[a-zA-Z0-9./]+)$/);
      for (const target of value as { href: string; hreflang?: string[]; type?: string }[]) {
        expect(target.href).toMatch(/^https?:\/\/[a-zA-Z0-9./]+/);
        for (const lang of target.hreflang ?? []) expect(lang).toMatch(/^\w{2}$/);
        if (target.type) expect(target.type).toMatch(/\w+\/[-+.\w]+/);
      }
    }
  });

  it('offers the page in each language, titled in it (Kyrgyz where a name is missing falls back)', () => {
    expect(context[GS1_LINK_TYPES.pip]).toEqual([
      { href: 'https://tamga.kg/01/04701234000014/10/HN-1?lang=ky', title: 'Ак эспарцет балы', type: 'text/html', hreflang: ['ky'] },
      { href: 'https://tamga.kg/01/04701234000014/10/HN-1?lang=ru', title: 'Белый эспарцетовый мёд', type: 'text/html', hreflang: ['ru'] },
      { href: 'https://tamga.kg/01/04701234000014/10/HN-1?lang=en', title: 'White sainfoin honey', type: 'text/html', hreflang: ['en'] },
      { href: 'https://tamga.kg/01/04701234000014/10/HN-1?lang=ja', title: '白いイガマメ蜂蜜', type: 'text/html', hreflang: ['ja'] },
      { href: 'https://tamga.kg/01/04701234000014/10/HN-1?lang=zh', title: 'White sainfoin honey', type: 'text/html', hreflang: ['zh'] },
    ]);
  });

  it('links the certificates, the lot history, the master data and the recall', () => {
    expect(context[GS1_LINK_TYPES.certificationInfo]).toEqual([{ href: 'https://tamga.kg/01/04701234000014/10/HN-1#certifications', title: 'Organic', type: 'text/html' }]);
    expect(context[GS1_LINK_TYPES.traceability]).toEqual([expect.objectContaining({ href: 'https://tamga.kg/lots/HN-1', type: 'application/json' })]);
    expect(context[GS1_LINK_TYPES.masterData]).toEqual([expect.objectContaining({ href: 'https://tamga.kg/products/product%3Ahoney' })]);
    expect(context[GS1_LINK_TYPES.recallStatus]).toEqual([expect.objectContaining({ href: 'https://tamga.kg/01/04701234000014/10/HN-1#recall' })]);
  });

  it('has no recall or certification links when there are none to give', () => {
    const plain = codeLinkset({ origin: 'http://127.0.0.1:3000', path: '/01/04701234000014', productId: 'product:honey', productNames: honey }).linkset[0];
    expect(Object.keys(plain).sort()).toEqual(['alternate', 'anchor', GS1_LINK_TYPES.defaultLink, GS1_LINK_TYPES.masterData, GS1_LINK_TYPES.pip].sort());
  });
});
