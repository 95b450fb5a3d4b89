import { createHash } from 'node:crypto';
import { dataDigest, signingPayload, signingPayloadObject } from './signing-payload';

const subject = { type: 'lot.transformed', streamIds: ['lot/B', 'lot/A', 'lot/B'], occurredAt: '2026-06-01T08:00:00.000Z', actorId: 'p1' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('signingPayload', () => {
  it('for a lot fact: the JCS of v, type, sorted streamIds, occurredAt, actorId and epcisHashes in order', () => {
    expect(text(signingPayload({ ...subject, epcisHashes: ['ni:///h2', 'ni:///h1'] }))).toBe(
      '{"actorId":"p1","epcisHashes":["ni:///h2","ni:///h1"],"occurredAt":"2026-06-01T08:00:00.000Z",' +
        '"streamIds":["lot/A","lot/B"],"type":"lot.transformed","v":"tamga-event-signature/1"}',
    );
  });

  it('for an event without EPCIS: dataDigest in place of epcisHashes', () => {
    expect(text(signingPayload({ ...subject, actorId: null, dataDigest: 'ab' }))).toBe(
      '{"actorId":null,"dataDigest":"ab","occurredAt":"2026-06-01T08:00:00.000Z",' +
        '"streamIds":["lot/A","lot/B"],"type":"lot.transformed","v":"tamga-event-signature/1"}',
    );
  });

  it('refuses both or neither of epcisHashes and dataDigest', () => {
    expect(() => signingPayloadObject({ ...subject } as never)).toThrow(/either epcisHashes or dataDigest/);
    expect(() => signingPayloadObject({ ...subject, epcisHashes: [], dataDigest: 'ab' } as never)).toThrow(/either/);
  });
});

describe('dataDigest', () => {
  it('is the hex SHA-256 of the JCS of the commitments', () => {
    expect(dataDigest({ b: 'sha-256:02', a: 'sha-256:01' })).toBe(
      createHash('sha256').update('{"a":"sha-256:01","b":"sha-256:02"}').digest('hex'),
    );
  });
});
