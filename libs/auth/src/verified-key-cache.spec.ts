import { ApiKeyHolder as Actor } from '#tamga/domain';
import { VerifiedKeyCache } from './verified-key-cache';

const actor = (partyId: string): Actor => ({
  partyId,
  keyId: 'k',
  roles: ['producer'],
  party: { partyId, version: 1, kinds: ['producer'], memberOfIds: [], operatesPlaceIds: [] },
});

describe('the cache of verified keys', () => {
  it('trusts a key for the TTL and not a millisecond longer', () => {
    let now = 1_000;
    const cache = new VerifiedKeyCache(5_000, 10, () => now);
    cache.set('a', { secretHash: Buffer.alloc(32), actor: actor('producer:a') });
    now += 4_999;
    expect(cache.get('a')?.actor.partyId).toBe('producer:a');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a key at once when told (a revocation in this process)', () => {
    const cache = new VerifiedKeyCache(5_000, 10, () => 0);
    cache.set('a', { secretHash: Buffer.alloc(32), actor: actor('producer:a') });
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most its bound, dropping the key verified longest ago', () => {
    const cache = new VerifiedKeyCache(5_000, 2, () => 0);
    for (const id of ['a', 'b', 'c']) cache.set(id, { secretHash: Buffer.alloc(32), actor: actor(`producer:${id}`) });
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((k) => k?.actor.partyId)).toEqual([undefined, 'producer:b', 'producer:c']);
  });
});
