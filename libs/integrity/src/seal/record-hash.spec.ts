import { createHash } from 'node:crypto';
import { toHex } from '../encoding/hex';
import { recordHash, sealedRecordOf, type SealableEvent, type SealedRecord } from './record-hash';
import type { Seal } from './seal';

const event: SealableEvent = {
  eventId: '0b7e8d5e-1f4a-4a44-9a51-2d6c1e0f7a10',
  type: 'lot.harvested',
  schemaVersion: 1,
  streamId: 'lot/L-1',
  streamVersion: 1,
  occurredAt: '2026-06-01T08:00:00.000Z',
  recordedAt: '2026-06-01T08:00:01.250Z',
  actorId: 'party-1',
  metadata: { commandId: 'c-1' },
  data: { quantity: 12.5, producer: 'Aigul' },
};
const seal: Seal = {
  epcisHashes: ['ni:///sha-256;abc?ver=CBV2.0'],
  previous: { 'lot/L-1': null },
  salts: { quantity: 'c2FsdC1xdWFudGl0eS0xMg', producer: 'c2FsdC1wcm9kdWNlci0xNg' },
  signature: { keyId: 'k1', by: 'device', alg: 'Ed25519', value: 'c2ln' },
};
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('recordHash', () => {
  const record = sealedRecordOf(event, seal);

  it('is H of the JCS of exactly the fields ADR 0016 lists, data as commitments', () => {
    const quantity = sha('["c2FsdC1xdWFudGl0eS0xMg",12.5]');
    const producer = sha('["c2FsdC1wcm9kdWNlci0xNg","Aigul"]');
    const expected =
      '{"actorId":"party-1","data":{"producer":"sha-256:' + producer + '","quantity":"sha-256:' + quantity + '"},' +
      '"epcisHashes":["ni:///sha-256;abc?ver=CBV2.0"],"eventId":"0b7e8d5e-1f4a-4a44-9a51-2d6c1e0f7a10",' +
      '"metadata":{"commandId":"c-1"},"occurredAt":"2026-06-01T08:00:00.000Z","previous":{"lot/L-1":null},' +
      '"recordedAt":"2026-06-01T08:00:01.250Z","schemaVersion":1,' +
      '"signature":{"alg":"Ed25519","by":"device","keyId":"k1","value":"c2ln"},' +
      '"streamId":"lot/L-1","streamVersion":1,"type":"lot.harvested"}';
    expect(toHex(recordHash(record))).toBe(sha(expected));
  });

  const changes: [string, Partial<SealedRecord>][] = [
    ['eventId', { eventId: '0b7e8d5e-1f4a-4a44-9a51-2d6c1e0f7a11' }],
    ['type', { type: 'lot.split' }],
    ['schemaVersion', { schemaVersion: 2 }],
    ['streamId', { streamId: 'lot/L-2' }],
    ['streamVersion', { streamVersion: 2 }],
    ['occurredAt', { occurredAt: '2026-06-01T08:00:00.001Z' }],
    ['recordedAt', { recordedAt: '2026-06-01T08:00:01.251Z' }],
    ['actorId', { actorId: null }],
    ['metadata', { metadata: { commandId: 'c-2' } }],
    ['data', { data: { ...record.data, quantity: 'sha-256:00' } }],
    ['epcisHashes', { epcisHashes: [] }],
    ['previous', { previous: { 'lot/L-1': 'ab'.repeat(32) } }],
    ['signature.keyId', { signature: { ...seal.signature, keyId: 'k2' } }],
    ['signature.by', { signature: { ...seal.signature, by: 'server' } }],
    ['signature.value', { signature: { ...seal.signature, value: 'c2lh' } }],
  ];
  it.each(changes)('changes when %s changes', (_field, change) => {
    expect(toHex(recordHash({ ...record, ...change }))).not.toBe(toHex(recordHash(record)));
  });

  it('changes when a data value or its salt changes, and not when a salt is merely reordered', () => {
    const base = toHex(recordHash(record));
    expect(toHex(recordHash(sealedRecordOf({ ...event, data: { quantity: 12.6, producer: 'Aigul' } }, seal)))).not.toBe(base);
    const otherSalt = { ...seal, salts: { ...seal.salts, producer: 'c2FsdC1wcm9kdWNlci0xNw' } };
    expect(toHex(recordHash(sealedRecordOf(event, otherSalt)))).not.toBe(base);
    const reordered = { ...seal, salts: { producer: seal.salts.producer!, quantity: seal.salts.quantity! } };
    expect(toHex(recordHash(sealedRecordOf(event, reordered)))).toBe(base);
  });

  it('ignores properties outside the record, such as a stored event\'s global position', () => {
    const wider = { ...record, globalPosition: '42', transactionId: '7', salts: seal.salts } as SealedRecord;
    expect(toHex(recordHash(wider))).toBe(toHex(recordHash(record)));
  });

  it('is the same after a JSON round trip of the event and its seal (as jsonb would store them)', () => {
    const stored = JSON.parse(JSON.stringify({ event, seal })) as { event: SealableEvent; seal: Seal };
    expect(toHex(recordHash(sealedRecordOf(stored.event, stored.seal)))).toBe(toHex(recordHash(record)));
  });
});
