import { Party } from '../master-data/party/party';
import { DomainErrorKind } from '../shared/domain-error';
import { refusal } from '../shared/refusal.testing';
import { Ledger, NOW, PARTIES } from './lot-world.testing';
import { ExistingLot, LotState } from './lot-state';
import { RecordHarvest } from './record-harvest/record-harvest.command';
import { decideRecordHarvest } from './record-harvest/decide-record-harvest';
import { decideRecordReceipt } from './record-receipt/decide-record-receipt';
import { decideRecordShipment } from './record-shipment/decide-record-shipment';
import { LotDecisionContext, LotEventFor } from './rules/lot-decision';

/**
 * For unit tests of the lot rules, in the form given events / when command / then events or the
 * error. `given` decides and records (so the history is always one the rules accepted); `when`
 * decides against what was recorded and records nothing.
 */
export type Decide<C> = (command: C, context: LotDecisionContext) => LotEventFor[];

/** The lots a command names, which is what its handler loads before deciding. */
export function lotIdsNamedBy(command: object): string[] {
  const c = command as Record<string, unknown>;
  const listed = (key: string) => (Array.isArray(c[key]) ? (c[key] as { lotId?: unknown }[]).map((entry) => entry?.lotId) : []);
  const ids = [c.lotId, c.outputLotId, ...listed('lots'), ...listed('inputs'), ...listed('outputs')];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

export interface Scenario {
  readonly ledger: Ledger;
  /** Decides and records a fact as `actor`; returns the ids of the recorded events, in order. */
  given<C extends object>(actor: Party, decide: Decide<C>, command: C): string[];
  /** Decides a command as `actor` at `now`, recording nothing. */
  when<C extends object>(actor: Party, decide: Decide<C>, command: C, now?: Date): LotEventFor[];
  /** The folded state of a lot that must exist. */
  lot(lotId: string): ExistingLot;
}

/** A fresh ledger over the Issyk-Kul test world. */
export function scenario(): Scenario {
  const ledger = new Ledger();
  const when = <C extends object>(actor: Party, decide: Decide<C>, command: C, now: Date = NOW) =>
    decide(command, ledger.context(actor, lotIdsNamedBy(command), now));
  return {
    ledger,
    when,
    given: (actor, decide, command) => ledger.record(when(actor, decide, command), actor),
    lot: (lotId) => existing(ledger.lot(lotId)),
  };
}

/** Narrows a state the test knows exists. */
export function existing(state: LotState): ExistingLot {
  if (state.status === 'absent') throw new Error('expected the lot to exist');
  return state;
}

/** What a refusal must say: its code and kind, and its first detail's field (null: it names none), rule and numbers. */
export interface ExpectedRefusal {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly field: string | null;
  readonly rule: string;
  readonly [number: string]: unknown;
}

/** Runs a decision that must be refused and checks the refusal says what `expected` says. */
export function expectRefusal(run: () => unknown, expected: ExpectedRefusal): void {
  const { code, kind, field, ...detail } = expected;
  const error = refusal(run);
  expect({ code: error.code, kind: error.kind, field: error.details[0]?.field ?? null }).toEqual({ code, kind, field });
  expect(error.details[0]).toMatchObject(detail);
}

/** The instant, as an ISO string, `ms` milliseconds after `iso`. */
export function plusMs(iso: string, ms: number): string {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}

/** Asel's harvest of comb honey at her apiary in Tamga: the first fact of most journeys. */
export function combHoneyHarvest(lotId: string, amount: number, overrides: Partial<RecordHarvest> = {}): RecordHarvest {
  return {
    lotId,
    villageId: 'village:tamga',
    producerId: 'producer:asel',
    productId: 'product:comb-honey',
    quantity: { amount, unit: 'kg' },
    harvestedAt: HARVESTED_AT,
    location: { latitude: 42.155, longitude: 77.551 },
    placeId: 'apiary:tamga-1',
    ...overrides,
  };
}

/** When the comb honey harvests happen: 06:30 in Tamga on 15 July 2026. */
export const HARVESTED_AT = '2026-07-15T00:30:00.000Z';

/** Records Asel's harvest of `amount` kg of comb honey as lot `lotId`. */
export function givenCombHoney(s: Scenario, lotId: string, amount: number): string[] {
  return s.given(PARTIES.asel, decideRecordHarvest, combHoneyHarvest(lotId, amount));
}

/**
 * Records a shipment of `amount` of a lot from `from` (at its first operated place) to `to` (at
 * its first operated place), and its receipt in full: custody moves and nothing is in transit.
 */
export function givenDelivered(s: Scenario, lotId: string, amount: number, from: Party, to: Party, shipmentId: string, at = '2026-08-01T03:00:00Z'): void {
  const quantity = { amount, unit: 'kg' };
  s.given(from, decideRecordShipment, {
    shipmentId,
    fromPlaceId: from.operatesPlaceIds[0],
    to: { partyId: to.partyId, placeId: to.operatesPlaceIds[0] },
    lots: [{ lotId, quantity }],
    shippedAt: at,
  });
  s.given(to, decideRecordReceipt, { shipmentId, lots: [{ lotId, quantity }], receivedAt: plusMs(at, 3600_000) });
}
