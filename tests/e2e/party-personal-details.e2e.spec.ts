import { producerRequest } from '../fixtures/master-data-requests';
import { Call, callWith } from '../support/master-data-api';
import { adminKey, releaseTestKeys } from '../support/test-keys';
import { eventually, jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

const ASEL = { personName: 'Асель Токтогулова', phone: '+996 (555) 12-34-56', address: 'Тамга айылы, Тоң району' };

describe('personal details: kept outside the event log, erasable without touching it', () => {
  const running = useRunningTamga();
  // The key helper's pool would otherwise still be connected when the run's database is dropped.
  afterAll(() => releaseTestKeys());
  let capture: Call;
  let provenance: Call;

  beforeAll(async () => {
    const admin = await adminKey();
    capture = callWith(() => running.tamga.captureUrl, () => admin.headers);
    provenance = callWith(() => running.tamga.provenanceUrl);
  });

  const registerProducer = async () => {
    const partyId = unique('producer:asel-');
    expect((await capture('POST', '/parties', producerRequest(partyId))).status).toBe(201);
    return partyId;
  };
  const eventCount = async () => (await running.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n as number;
  const storedRow = async (partyId: string) =>
    (await running.pool.query('SELECT * FROM master_data.party_personal_details WHERE party_id = $1', [partyId])).rows;
  // Every byte of every event, in log order: what erasure must leave exactly as it was.
  const wholeLog = async () =>
    (
      await running.pool.query(
        `SELECT md5(string_agg(e::text, E'\\n' ORDER BY global_position)) AS md5, count(*)::int AS n FROM event_store.events AS e`,
      )
    ).rows[0] as { md5: string; n: number };
  /** Where a person's details must never appear: events, their metadata, stored idempotent answers. */
  const copiesOf = async (text: string) =>
    (
      await running.pool.query(
        `SELECT (SELECT count(*) FROM event_store.events WHERE data::text LIKE $1 OR metadata::text LIKE $1)::int
              + (SELECT count(*) FROM event_store.idempotency_keys WHERE response::text LIKE $1)::int AS n`,
        [`%${text}%`],
      )
    ).rows[0].n as number;

  it('records details in the erasable table, never in an event; an admin reads them back, the public never sees them', async () => {
    const partyId = await registerProducer();
    const before = await eventCount();
    const put = await capture('PUT', `/parties/${partyId}/personal-details`, ASEL);
    expect(put.status).toBe(200);
    expect(put.headers.get('cache-control')).toBe('no-store');
    expect(await jsonOf(put)).toEqual({ partyId, personName: ASEL.personName, phone: '+996555123456', address: ASEL.address });
    expect(await eventCount()).toBe(before);
    expect(await storedRow(partyId)).toEqual([expect.objectContaining({ party_id: partyId, person_name: ASEL.personName, phone: '+996555123456' })]);

    const read = await capture('GET', `/parties/${partyId}/personal-details`);
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(await jsonOf(read)).toMatchObject({ personName: ASEL.personName, phone: '+996555123456' });

    expect(await copiesOf(ASEL.personName)).toBe(0);
    expect(await copiesOf('555123456')).toBe(0);
    const publicView = await eventually(async () => {
      const r = await provenance('GET', `/parties/${partyId}`);
      return r.status === 200 ? r.text() : undefined;
    }, 15_000, 'the party on provenance');
    expect(publicView).not.toContain(ASEL.personName);
    expect(publicView).not.toContain('555');
    expect((await provenance('GET', `/parties/${partyId}/personal-details`)).status).toBe(404);
  }, 30_000);

  it('a new PUT replaces the record whole: an address left out is cleared', async () => {
    const partyId = await registerProducer();
    expect((await capture('PUT', `/parties/${partyId}/personal-details`, ASEL)).status).toBe(200);
    const { address: _gone, ...withoutAddress } = ASEL;
    expect((await capture('PUT', `/parties/${partyId}/personal-details`, { ...withoutAddress, personName: 'Асель Т.' })).status).toBe(200);
    expect(await jsonOf(await capture('GET', `/parties/${partyId}/personal-details`))).toEqual({
      partyId,
      personName: 'Асель Т.',
      phone: '+996555123456',
    });
  });

  it('erasure deletes the row and leaves every event byte-identical; the party stays registered by id', async () => {
    const partyId = await registerProducer();
    expect((await capture('PUT', `/parties/${partyId}/personal-details`, ASEL)).status).toBe(200);
    const log = await wholeLog();

    const erased = await capture('DELETE', `/parties/${partyId}/personal-details`);
    expect(erased.status).toBe(204);
    expect(await erased.text()).toBe('');
    expect(await storedRow(partyId)).toEqual([]);
    expect(await wholeLog()).toEqual(log);
    const gone = await capture('GET', `/parties/${partyId}/personal-details`);
    expect(gone.status).toBe(404);
    expect(await jsonOf(gone)).toMatchObject({ code: 'PARTY.NO_PERSONAL_DETAILS', errors: [{ field: 'partyId' }] });

    // Erasing again is no error: the person is erased either way.
    expect((await capture('DELETE', `/parties/${partyId}/personal-details`)).status).toBe(204);
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [`party/${partyId}`]);
    expect(rows[0].n).toBe(1);
    expect(await eventually(async () => ((await provenance('GET', `/parties/${partyId}`)).status === 200 ? true : undefined))).toBe(true);
  });

  it.each([
    ['a blank name', { ...ASEL, personName: '   ' }, 'personName', 'required'],
    ['a missing name', { phone: ASEL.phone }, 'personName', 'is-string'],
    ['a name of 201 characters', { ...ASEL, personName: 'А'.repeat(201) }, 'personName', 'max-length'],
    ['a phone that is no international number', { ...ASEL, phone: '0555 12 34 56' }, 'phone', 'e164'],
    ['a phone sent as a number', { ...ASEL, phone: 996555123456 }, 'phone', 'is-string'],
    ['an unknown field', { ...ASEL, email: 'asel@example.kg' }, 'email', 'known-field'],
  ])('%s: 422 naming %s (%s), nothing stored', async (_name, body, field, rule) => {
    const partyId = await registerProducer();
    const response = await capture('PUT', `/parties/${partyId}/personal-details`, body);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await jsonOf(response)).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(await storedRow(partyId)).toEqual([]);
  });

  it.each([
    ['PUT', ASEL],
    ['DELETE', undefined],
  ])('%s for a party nobody registered: 404 naming partyId', async (method, body) => {
    const partyId = unique('producer:nobody-');
    const response = await capture(method, `/parties/${partyId}/personal-details`, body);
    expect(response.status).toBe(404);
    expect(await jsonOf(response)).toMatchObject({ code: 'PARTY.NOT_FOUND', errors: [{ field: 'partyId', rule: 'registered' }] });
    expect(await storedRow(partyId)).toEqual([]);
  });

  it.each(['PUT', 'GET', 'DELETE'])('%s on an address that names no possible party: 400', async (method) => {
    const response = await capture(method, '/parties/Not%20A%20Party/personal-details', method === 'PUT' ? ASEL : undefined);
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors[0]).toMatchObject({ field: 'partyId', rule: 'reference-id' });
  });
});
