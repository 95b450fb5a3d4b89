import { eventHash, eventHashPrehash, hashEpcisDocument } from './index';

const context = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { example: 'https://ns.example.com/epcis/' }];

const shipping = {
  type: 'ObjectEvent',
  eventTime: '2024-05-01T10:00:00+06:00',
  eventTimeZoneOffset: '+06:00',
  epcList: ['urn:epc:id:sgtin:4012345.011111.2', 'urn:epc:id:sgtin:4012345.011111.1'],
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  readPoint: { id: 'urn:epc:id:sgln:4012345.00005.0', 'example:gate': '7' },
  bizTransactionList: [{ type: 'po', bizTransaction: 'urn:epc:id:gdti:4012345.11111.123' }],
  sourceList: [{ type: 'owning_party', source: 'urn:epc:id:pgln:4012345.00000' }],
  destinationList: [{ type: 'owning_party', destination: 'urn:epc:id:pgln:0614141.00000' }],
  ilmd: { 'example:batch': 'B-1' },
  'example:note': 'fragile',
};

describe('eventHashPrehash', () => {
  it('concatenates the canonical fields, then the sorted trailing block', () => {
    expect(eventHashPrehash(shipping, context)).toBe(
      'eventType=ObjectEvent' +
        'eventTime=2024-05-01T04:00:00.000ZeventTimeZoneOffset=+06:00' +
        'epcListepc=https://id.gs1.org/01/04012345111118/21/1epc=https://id.gs1.org/01/04012345111118/21/2' +
        'action=OBSERVE' +
        'bizStep=https://ref.gs1.org/cbv/BizStep-shipping' +
        'disposition=https://ref.gs1.org/cbv/Disp-in_transit' +
        // nested user extensions follow the regular fields of their parent
        'readPointid=https://id.gs1.org/414/4012345000054{https://ns.example.com/epcis/}gate=7' +
        // bizTransactionList, destinationList, ilmd, sourceList and extensions, sorted as whole substrings
        'bizTransactionListtype=https://ref.gs1.org/cbv/BTT-pobizTransaction=https://id.gs1.org/253/4012345111118123' +
        'destinationListtype=https://ref.gs1.org/cbv/SDT-owning_partydestination=https://id.gs1.org/417/0614141000005' +
        'ilmd{https://ns.example.com/epcis/}batch=B-1' +
        'sourceListtype=https://ref.gs1.org/cbv/SDT-owning_partysource=https://id.gs1.org/417/4012345000009' +
        '{https://ns.example.com/epcis/}note=fragile',
    );
  });

  it('does not depend on the order of properties in the JSON', () => {
    const reversed = Object.fromEntries(Object.entries(shipping).reverse());
    expect(eventHash(reversed, context)).toBe(eventHash(shipping, context));
  });

  it('treats EPC URNs, Digital Links on any domain, legacy CBV URNs and bare CBV terms alike', () => {
    const webForms = {
      ...shipping,
      eventTime: '2024-05-01T04:00:00.000Z',
      epcList: ['https://brand.example.com/01/04012345111118/21/1?linkType=all', 'https://id.gs1.org/gtin/4012345111118/ser/2'],
      bizStep: 'urn:epcglobal:cbv:bizstep:shipping',
      disposition: 'https://ref.gs1.org/cbv/Disp-in_transit',
      readPoint: { id: 'https://id.gs1.org/414/4012345000054', 'example:gate': '7.0' },
      bizTransactionList: [{ bizTransaction: 'https://id.gs1.org/253/4012345111118123', type: 'urn:epcglobal:cbv:btt:po' }],
    };
    expect(eventHash(webForms, context)).toBe(eventHash(shipping, context));
  });

  it('ignores eventID, recordTime, errorDeclaration and comments', () => {
    const annotated = {
      ...shipping,
      eventID: 'ni:///sha-256;00?ver=CBV2.0',
      recordTime: '2024-05-02T00:00:00Z',
      errorDeclaration: { declarationTime: '2024-05-03T00:00:00Z', reason: 'incorrect_data' },
      'rdfs:comment': 'checked at the gate',
    };
    expect(eventHash(annotated, context)).toBe(eventHash(shipping, context));
  });

  it('takes namespace prefixes from the event\'s own @context over the document\'s', () => {
    const own = { ...shipping, '@context': { example: 'https://other.example.org/' } };
    expect(eventHashPrehash(own, context)).toContain('{https://other.example.org/}note=fragile');
  });

  it('changes when any hashed value changes', () => {
    expect(eventHash({ ...shipping, action: 'ADD' }, context)).not.toBe(eventHash(shipping, context));
    expect(eventHash({ ...shipping, 'example:note': 'Fragile' }, context)).not.toBe(eventHash(shipping, context));
  });

  it('rejects an event without a type', () => {
    expect(() => eventHashPrehash({ eventTime: '2024-05-01T04:00:00Z' }, context)).toThrow(TypeError);
  });
});

describe('hashEpcisDocument', () => {
  const hash = eventHash(shipping, context);

  it('reads EPCISDocument, EPCISQueryDocument, bare event lists and single events', () => {
    const epcisDocument = { '@context': context, type: 'EPCISDocument', epcisBody: { eventList: [shipping, shipping] } };
    const queryDocument = {
      '@context': context,
      type: 'EPCISQueryDocument',
      epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: [shipping] } } },
    };
    const ownContext = { ...shipping, '@context': context };
    expect(hashEpcisDocument(epcisDocument)).toEqual([hash, hash]);
    expect(hashEpcisDocument(queryDocument)).toEqual([hash]);
    expect(hashEpcisDocument([ownContext])).toEqual([hash]);
    expect(hashEpcisDocument(ownContext)).toEqual([hash]);
  });

  it('supports other Named Information algorithms', () => {
    expect(hashEpcisDocument([{ ...shipping, '@context': context }], { algorithm: 'sha-512' })[0]).toMatch(
      /^ni:\/\/\/sha-512;[0-9a-f]{128}\?ver=CBV2\.0$/,
    );
  });

  it('rejects anything else', () => {
    expect(() => hashEpcisDocument('not a document')).toThrow(TypeError);
  });
});
