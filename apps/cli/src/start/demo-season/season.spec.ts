import { LOT_ID_PATTERN, REFERENCE_ID_PATTERN } from '#tamga/domain';
import { DEMO_SEASON, lotIdsOf } from './season';

// The facts' bodies as sent, with the one body that needs an earlier answer given a stand-in id.
const bodies = DEMO_SEASON.facts.map((f) => (typeof f.body === 'function' ? f.body({ eventId: () => 'earlier-event' }) : f.body));
const text = JSON.stringify([bodies, DEMO_SEASON.facts.map((f) => [f.name, f.by, f.path]), DEMO_SEASON.parties, DEMO_SEASON.places]);
const times = [...text.matchAll(/"\w+At":"([^"]+)"/g)].map((m) => m[1]);

describe('the demo season data', () => {
  it('names every fact once: each name is its Idempotency-Key, and a repeated one would replay another fact\'s answer', () => {
    const names = DEMO_SEASON.facts.map((f) => f.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('has every fact recorded by a demo party, and every party a valid id', () => {
    const parties = new Set(DEMO_SEASON.parties.map((p) => p.partyId));
    expect(DEMO_SEASON.facts.filter((f) => !parties.has(f.by)).map((f) => f.name)).toEqual([]);
    expect([...parties].filter((id) => !REFERENCE_ID_PATTERN.test(id))).toEqual([]);
  });

  it('names only registered places and products, and lot codes a label can carry', () => {
    const places = new Set(DEMO_SEASON.places.map((p) => p.placeId));
    const products = new Set(DEMO_SEASON.products.map((p) => p.productId));
    const named = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]);
    expect(named(/"(?:placeId|fromPlaceId|shopPlaceId|villageId|parentId)":"([^"]+)"/g).filter((id) => !places.has(id))).toEqual([]);
    expect(named(/"productId":"([^"]+)"/g).filter((id) => !products.has(id))).toEqual([]);
    expect(lotIdsOf(DEMO_SEASON.facts).filter((id) => !LOT_ID_PATTERN.test(id))).toEqual([]);
  });

  it('dates every fact in the 2026 season, before the day it was written (2026-11-23), with Bishkek\'s offset', () => {
    expect(times.length).toBeGreaterThan(DEMO_SEASON.facts.length);
    expect(times.filter((t) => !/^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00$/.test(t) || t >= '2026-11-23')).toEqual([]);
  });

  it('keeps every person\'s name and phone out of the facts, the parties and the places', () => {
    for (const person of DEMO_SEASON.personalDetails) expect(text).not.toContain(person.personName.replace(' (демо)', ''));
    expect(text).not.toContain('+996');
  });

  it('gives every place its own GLN and every product its own GTIN', () => {
    const glns = DEMO_SEASON.places.map((p) => p.gln);
    const gtins = DEMO_SEASON.products.map((p) => p.gtin);
    expect(new Set(glns).size).toBe(glns.length);
    expect(new Set(gtins).size).toBe(gtins.length);
  });
});
