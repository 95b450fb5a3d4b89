import { checkChains } from './check-chains';
import { LeafMessage } from './leaf-message';

const leaf = (leafIndex: number, streamVersion: number, recordHash: string, previousOwn: string | null): LeafMessage => ({
  leafIndex,
  partition: 0,
  offset: String(leafIndex),
  recomputed: new Uint8Array(32),
  signature: null,
  event: { eventId: `e${leafIndex}`, type: 't', streamId: 'LOT-1', streamVersion, recordHash, sealed: true, previousOwn, data: null },
});

describe('verify-log: each stream chain', () => {
  it('holds when each seal names the record hash of the stream event before it', () => {
    expect(checkChains([leaf(0, 1, 'h1', null), leaf(1, 2, 'h2', 'h1'), leaf(2, 3, 'h3', 'h2')], new Set())).toEqual({ streams: 1, findings: [] });
  });

  it('names a seal that names another previous record hash as a broken chain', () => {
    const { findings } = checkChains([leaf(0, 1, 'h1', null), leaf(1, 2, 'h2', 'hX')], new Set());
    expect(findings).toEqual([expect.objectContaining({ kind: 'broken-chain', subject: expect.stringContaining('event e1') })]);
  });

  it('names a version gap once: not again when the missing leaf was already named', () => {
    expect(checkChains([leaf(0, 1, 'h1', null), leaf(2, 3, 'h3', 'h2')], new Set()).findings).toEqual([expect.objectContaining({ kind: 'missing', detail: expect.stringContaining('version(s) 2') })]);
    expect(checkChains([leaf(0, 1, 'h1', null), leaf(2, 3, 'h3', 'h2')], new Set(['LOT-1#2'])).findings).toEqual([]);
  });

  it('names a version that comes after a later one as a reordering', () => {
    expect(checkChains([leaf(0, 2, 'h2', 'h1'), leaf(1, 1, 'h1', null)], new Set()).findings.map((f) => f.kind)).toEqual(['missing', 'reordered']);
  });
});
