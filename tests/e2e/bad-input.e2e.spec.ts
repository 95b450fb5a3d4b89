import { harvestRequest as valid } from '../fixtures/harvest-request';
import { useRunningTamga } from '../support/use-running-tamga';
import { jsonOf, unique } from '../support/test-infrastructure';
import { TestKey, partyWithKey } from '../support/test-keys';
import { ensureBarskoonMasterData } from '../fixtures/barskoon-master-data';


type Case = {
  name: string;
  body: (lotId: string) => string;
  contentType?: string;
  status: number;
  field: string;
  rule: string;
};

const json = (change: (h: ReturnType<typeof valid>) => unknown) => (lotId: string) => JSON.stringify(change(valid(lotId)));
const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString();

const CASES: Case[] = [
  { name: 'malformed JSON', body: (lotId) => `{"lotId": "${lotId}", "villageId": `, status: 400, field: 'body', rule: 'valid-json' },
  { name: 'an empty body', body: () => '', status: 400, field: 'body', rule: 'json-body' },
  { name: 'a missing village', body: json(({ villageId: _v, ...h }) => h), status: 422, field: 'villageId', rule: 'is-string' },
  { name: 'a village id that is not an identifier', body: json((h) => ({ ...h, villageId: 'Tamga Village!' })), status: 422, field: 'villageId', rule: 'matches' },
  { name: 'a missing quantity', body: json(({ quantity: _q, ...h }) => h), status: 422, field: 'quantity', rule: 'is-defined' },
  { name: 'an unknown unit', body: json((h) => ({ ...h, quantity: { amount: 3, unit: 'bushel' } })), status: 422, field: 'quantity.unit', rule: 'known-unit' },
  { name: 'a negative quantity', body: json((h) => ({ ...h, quantity: { amount: -5, unit: 'kg' } })), status: 422, field: 'quantity.amount', rule: 'positive' },
  { name: 'a zero quantity', body: json((h) => ({ ...h, quantity: { amount: 0, unit: 'kg' } })), status: 422, field: 'quantity.amount', rule: 'positive' },
  { name: 'an absurd quantity', body: json((h) => ({ ...h, quantity: { amount: 5e9, unit: 'kg' } })), status: 422, field: 'quantity.amount', rule: 'plausible-amount' },
  { name: 'a quantity sent as text', body: json((h) => ({ ...h, quantity: { amount: '130', unit: 'kg' } })), status: 422, field: 'quantity.amount', rule: 'is-number' },
  { name: 'a harvest time in the future', body: json((h) => ({ ...h, harvestedAt: tomorrow })), status: 422, field: 'harvestedAt', rule: 'not-in-future' },
  { name: 'a harvest time without an offset', body: json((h) => ({ ...h, harvestedAt: '2026-07-22T07:15:00' })), status: 422, field: 'harvestedAt', rule: 'matches' },
  { name: 'an impossible date', body: json((h) => ({ ...h, harvestedAt: '2026-02-30T07:15:00+06:00' })), status: 422, field: 'harvestedAt', rule: 'iso-8601' },
  { name: 'a latitude beyond 90', body: json((h) => ({ ...h, location: { latitude: 142, longitude: 77 } })), status: 422, field: 'location.latitude', rule: 'max' },
  { name: 'a place outside Kyrgyzstan', body: json((h) => ({ ...h, location: { latitude: 35.68, longitude: 139.69 } })), status: 422, field: 'location', rule: 'inside-kyrgyzstan' },
  { name: 'an unknown field', body: json((h) => ({ ...h, price: 12 })), status: 422, field: 'price', rule: 'known-field' },
  { name: 'a body that is not JSON', body: (lotId) => `lotId=${lotId}`, contentType: 'text/plain', status: 415, field: 'Content-Type', rule: 'json-body' },
  {
    name: 'an oversized body',
    body: json((h) => ({ ...h, note: 'x'.repeat(2 * 1024 * 1024) })),
    status: 413,
    field: 'body',
    rule: 'max-body-size',
  },
];

describe('bad input gets a clear answer and writes nothing', () => {
  const running = useRunningTamga();
  // A valid key, so each case is refused for its input, not for the missing key.
  let producer: TestKey;
  beforeAll(async () => {
    await ensureBarskoonMasterData();
    producer = await partyWithKey({ partyId: 'producer:nurlan-barskoon', kinds: ['producer'] });
  });

  // Nothing else writes events while this file runs (--runInBand): the whole log must stay as it was.
  let before: number;
  const eventCount = async () => (await running.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n as number;
  beforeEach(async () => {
    before = await eventCount();
  });

  it.each(CASES)('$name: $status naming $field ($rule)', async ({ body, contentType, status, field, rule }) => {
    const lotId = unique('BAD-');
    const response = await fetch(`${running.tamga.captureUrl}/harvests`, {
      method: 'POST',
      headers: { 'Content-Type': contentType ?? 'application/json', ...producer.headers },
      body: body(lotId),
    });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await jsonOf(response);
    expect(problem).toMatchObject({ status, type: expect.stringMatching(/^urn:tamga:problem:/), title: expect.any(String) });
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(await eventCount()).toBe(before);
  });

  it.each([
    ['an empty batch', { harvests: [] }, 'harvests', 'array-min-size'],
    ['a batch over 1000 harvests', { harvests: Array.from({ length: 1001 }, (_, i) => valid(`OVER-${i}`)) }, 'harvests', 'array-max-size'],
    ['a batch whose third harvest lacks its village', { harvests: [valid('B-1'), valid('B-2'), { ...valid('B-3'), villageId: undefined }] }, 'harvests[2].villageId', 'is-string'],
    ['a batch that is not a list', { harvests: valid('B-4') }, 'harvests', 'is-array'],
  ])('%s: 422 naming %s', async (_name, body, field, rule) => {
    const response = await fetch(`${running.tamga.captureUrl}/harvests/batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...producer.headers },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await jsonOf(response)).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(await eventCount()).toBe(before);
  });

  it('an unusable Idempotency-Key: 422 naming the header', async () => {
    const response = await fetch(`${running.tamga.captureUrl}/harvests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...producer.headers, 'Idempotency-Key': 'k'.repeat(300) },
      body: JSON.stringify(valid(unique('KEY-'))),
    });
    expect(response.status).toBe(422);
    expect((await jsonOf(response)).errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'printable-ascii-1-255' });
    expect(await eventCount()).toBe(before);
  });

  it.each(['a%00b', 'lot with spaces', 'x'.repeat(21)])('a lot address that is no lot code (%p): 400, not a 500', async (lotId) => {
    const response = await fetch(`${running.tamga.provenanceUrl}/lots/${encodeURIComponent(lotId).replace('a%2500b', 'a%00b')}`);
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors[0]).toMatchObject({ field: 'lotId', rule: 'gs1-lot-code' });
  });

  it('an Idempotency-Key reused for a different request is refused, and the first result stands', async () => {
    const key = unique('key-');
    const lotId = unique('KEY-');
    const post = (body: unknown) =>
      fetch(`${running.tamga.captureUrl}/harvests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...producer.headers, 'Idempotency-Key': key },
        body: JSON.stringify(body),
      });
    expect((await post(valid(lotId))).status).toBe(201);
    const reused = await post({ ...valid(lotId), quantity: { amount: 1, unit: 'kg' } });
    expect(reused.status).toBe(422);
    expect((await jsonOf(reused)).errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'one-request-per-key' });
  });
});
