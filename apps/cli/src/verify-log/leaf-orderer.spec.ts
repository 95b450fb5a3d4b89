import { TopicMessage } from '#tamga/messaging';
import { LeafOrderer } from './leaf-orderer';
import { LeafMessage } from './leaf-message';

const message = (partition: number, offset: number, eventId: string, leafIndex: number | null): TopicMessage => ({
  partition,
  offset: String(offset),
  key: 'LOT-1',
  value: Buffer.from(JSON.stringify({ eventId, streamId: 'LOT-1', streamVersion: 1, type: 't' })),
  leafIndex: leafIndex === null ? null : String(leafIndex),
  storeId: null,
  headers: {},
});

/** Admits and keeps every message, as verify-log does batch by batch. */
function order(messages: TopicMessage[]): LeafOrderer {
  const orderer = new LeafOrderer();
  for (const m of messages) {
    const admitted = orderer.admit(m);
    if (admitted) orderer.keep({ leafIndex: admitted.leafIndex, partition: admitted.partition, offset: admitted.offset, recomputed: new Uint8Array(32), signature: null, event: { ...admitted.envelope, recordHash: null, sealed: false, previousOwn: undefined, data: null } } as LeafMessage);
  }
  return orderer;
}

describe('verify-log: putting the topic in leaf order', () => {
  it('merges partitions by leaf index and skips a republished batch (the same events at the same indices)', () => {
    const orderer = order([message(0, 0, 'a', 0), message(1, 0, 'b', 1), message(0, 1, 'c', 2), message(0, 2, 'a', 0), message(0, 3, 'c', 2), message(1, 1, 'd', 3)]);
    expect(orderer.findings).toEqual([]);
    expect(orderer.leaves().map((l) => [l.leafIndex, l.event.eventId])).toEqual([[0, 'a'], [1, 'b'], [2, 'c'], [3, 'd']]);
  });

  it('names the event that comes after a later leaf in its partition as a reordering', () => {
    const orderer = order([message(0, 0, 'a', 0), message(0, 1, 'c', 2), message(0, 2, 'b', 1)]);
    expect(orderer.findings).toEqual([expect.objectContaining({ kind: 'reordered', subject: expect.stringContaining('event b (stream LOT-1, version 1, leaf 1)') })]);
  });

  it('refuses a second event claiming a leaf, an unreadable message and one without a leaf index', () => {
    const orderer = order([message(0, 0, 'a', 0), message(1, 0, 'x', 0), { ...message(1, 1, 'y', 1), value: Buffer.from('{not json') }, message(1, 2, 'z', null)]);
    expect(orderer.findings.map((f) => f.kind)).toEqual(['changed', 'unreadable', 'missing']);
    expect(orderer.leaves().map((l) => l.event.eventId)).toEqual(['a']);
  });
});
