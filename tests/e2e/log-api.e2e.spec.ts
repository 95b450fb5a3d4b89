import { randomUUID } from 'node:crypto';
import { PostgresEventStore, SERVICE_KEYS_STREAM } from '#tamga/event-store';
import { fromHex, leafHash, recordHash, sealedRecordOf, toHex, verifyCheckpoint, verifyConsistency, verifyInclusion, Checkpoint } from '#tamga/integrity';
import { useCheckpoints } from '../support/use-checkpoints';
import { useOwnTamga } from '../support/use-own-tamga';
import { eventually, jsonOf, unique } from '../support/test-infrastructure';

const newEvent = (n: number) => ({ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: { n, note: `event ${n}` } });
const write = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };

describe('provenance API: the Tamga log (checkpoints, inclusion and consistency proofs, sealed events)', () => {
  useCheckpoints({ every: 5, intervalMs: 3_600_000 });
  const own = useOwnTamga();
  const get = async (path: string) => {
    const response = await fetch(`${own.tamga.provenanceUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await jsonOf(response) };
  };
  const recorded: string[] = [];
  let publicKey: string;

  beforeAll(async () => {
    const store = new PostgresEventStore(own.pool);
    const lot = unique('LOT-');
    // Two rounds, each covered by its own checkpoint (one every 5 leaves), so there are two to prove consistent.
    for (let round = 0; round < 2; round++) {
      const events = Array.from({ length: 6 }, (_, i) => newEvent(6 * round + i));
      await store.append([{ streamId: lot, expectedVersion: 6 * round, events }], write);
      recorded.push(...events.map((e) => e.eventId));
      await eventually(async () => {
        const latest = await get('/log/checkpoints/latest');
        const last = await get(`/log/events/${recorded[recorded.length - 1]}`);
        return latest.status === 200 && last.body.leafIndex !== null && last.body.leafIndex < latest.body.treeSize ? true : undefined;
      }, 30_000, 'a checkpoint covering the events');
    }
    const registered = (await store.readStream(SERVICE_KEYS_STREAM))[0];
    publicKey = (await get(`/log/events/${registered.eventId}`)).body.data.publicKey;
  }, 60_000);

  it('serves the latest checkpoint, signed by the service key the log itself registered', async () => {
    const { status, body } = await get('/log/checkpoints/latest');
    expect(status).toBe(200);
    expect(body).toEqual({ log: 'tamga', treeSize: expect.any(Number), rootHash: expect.stringMatching(/^[0-9a-f]{64}$/), timestamp: expect.any(String), keyId: expect.any(String), signature: expect.any(String), eventId: expect.any(String) });
    const { eventId: _e, ...checkpoint } = body;
    expect(await verifyCheckpoint(checkpoint as Checkpoint, publicKey)).toBe(true);
    expect(await verifyCheckpoint({ ...(checkpoint as Checkpoint), rootHash: '0'.repeat(64) }, publicKey)).toBe(false);
    // The checkpoint is itself an event of the log.
    expect((await get(`/log/events/${body.eventId}`)).body).toMatchObject({ type: 'log.checkpoint-signed', streamId: 'log/checkpoints', data: checkpoint });
  });

  it('proves every event included in the latest checkpoint, from the event as stored', async () => {
    const latest = (await get('/log/checkpoints/latest')).body;
    for (const eventId of recorded) {
      // Re-parsed here: fetch builds its objects in another realm, which canonical JSON refuses as not plain.
      const event = JSON.parse(JSON.stringify((await get(`/log/events/${eventId}`)).body));
      const { status, body: proof } = await get(`/log/events/${eventId}/inclusion-proof`);
      expect(status).toBe(200);
      // Anyone can recompute the record hash from the stored record and its seal.
      expect(toHex(recordHash(sealedRecordOf(event, event.seal)))).toBe(proof.recordHash);
      expect(proof).toMatchObject({ eventId, leafIndex: event.leafIndex, treeSize: latest.treeSize, checkpoint: latest });
      expect(verifyInclusion(proof.leafIndex, proof.treeSize, leafHash(fromHex(proof.recordHash)), proof.auditPath.map(fromHex), fromHex(latest.rootHash))).toBe(true);
      // A proof for another leaf index does not verify.
      expect(verifyInclusion(proof.leafIndex ^ 1, proof.treeSize, leafHash(fromHex(proof.recordHash)), proof.auditPath.map(fromHex), fromHex(latest.rootHash))).toBe(false);
    }
  });

  it('lists checkpoints, proves against an older one by tree size, and proves each consistent with the next', async () => {
    const { status, body: page } = await get('/log/checkpoints?after=0&limit=500');
    expect(status).toBe(200);
    const sizes = page.items.map((c: Checkpoint) => c.treeSize);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect((await get(`/log/checkpoints?after=${sizes[0]}&limit=1`)).body).toEqual({ items: [page.items[1]], next: page.items.length > 2 ? sizes[1] : null });
    expect((await get(`/log/checkpoints/${sizes[0]}`)).body).toEqual(page.items[0]);

    const first = page.items[0];
    const early = (await get(`/log/events/${recorded[0]}`)).body;
    expect(early.leafIndex).toBeLessThan(first.treeSize);
    const proof = (await get(`/log/events/${recorded[0]}/inclusion-proof?treeSize=${first.treeSize}`)).body;
    expect(proof.checkpoint).toEqual(first);
    expect(verifyInclusion(proof.leafIndex, first.treeSize, fromHex(proof.leafHash), proof.auditPath.map(fromHex), fromHex(first.rootHash))).toBe(true);
    for (let i = 0; i + 1 < page.items.length; i++) {
      const [older, newer] = [page.items[i], page.items[i + 1]];
      const { status: s, body } = await get(`/log/consistency-proof?from=${older.treeSize}&to=${newer.treeSize}`);
      expect(s).toBe(200);
      expect(body.from).toEqual(older);
      expect(body.to).toEqual(newer);
      expect(verifyConsistency(older.treeSize, newer.treeSize, body.proof.map(fromHex), fromHex(older.rootHash), fromHex(newer.rootHash))).toBe(true);
      expect(verifyConsistency(older.treeSize, newer.treeSize, body.proof.map(fromHex), fromHex(newer.rootHash), fromHex(newer.rootHash))).toBe(false);
    }
  });

  it('refuses bad parameters with a 400 naming them, and unknown things with a 404', async () => {
    const problem = async (path: string, status: number, field: string) => {
      const answer = await get(path);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.type).toContain('application/problem+json');
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      return answer.body;
    };
    await problem('/log/events/not-an-id/inclusion-proof', 400, 'eventId');
    await problem('/log/events/not-an-id', 400, 'eventId');
    await problem(`/log/events/${recorded[0]}/inclusion-proof?treeSize=abc`, 400, 'treeSize');
    await problem(`/log/events/${recorded[0]}/inclusion-proof?treeSize=0`, 400, 'treeSize');
    await problem(`/log/events/${randomUUID()}/inclusion-proof`, 404, 'eventId');
    await problem(`/log/events/${randomUUID()}`, 404, 'eventId');
    await problem('/log/consistency-proof?to=5', 400, 'from');
    await problem('/log/consistency-proof?from=1&to=x', 400, 'to');
    await problem('/log/consistency-proof?from=9&to=3', 400, 'from');
    await problem('/log/checkpoints?limit=0', 400, 'limit');
    await problem('/log/checkpoints?after=-1', 400, 'after');
    await problem('/log/checkpoints/12x', 400, 'treeSize');
    const latest = (await get('/log/checkpoints/latest')).body;
    const body = await problem(`/log/consistency-proof?from=1&to=${latest.treeSize}`, 404, 'from');
    expect(body.detail).toMatch(/checkpoint/);
    await problem(`/log/events/${recorded[0]}/inclusion-proof?treeSize=${latest.treeSize + 1000}`, 404, 'treeSize');
  });

  it('says so honestly when an event is in the log but not yet in a checkpoint (409)', async () => {
    const late = newEvent(99);
    await new PostgresEventStore(own.pool).append([{ streamId: unique('LOT-'), expectedVersion: 0, events: [late] }], write);
    await eventually(async () => ((await get(`/log/events/${late.eventId}`)).body.leafIndex !== null ? true : undefined), 20_000, 'the event in the log');
    const { status, type, body } = await get(`/log/events/${late.eventId}/inclusion-proof`);
    expect(status).toBe(409);
    expect(type).toContain('application/problem+json');
    expect(body.code).toBe('LOG.EVENT_NOT_YET_CHECKPOINTED');
    expect(body.detail).toMatch(/a later checkpoint will include it/);
  });
});
