import { HarvestRequest } from '../support/harvests';
import { COMB_HONEY, ChainWorld, HONEY } from './world';

/** A fact of POST /lot-facts/batch: its kind and the body of its own endpoint (plus its path ids). */
export interface OfflineFact {
  readonly kind: string;
  readonly fact: Record<string, unknown>;
}

/** The events the harvest answer gave the chain's flagged lot: a correction and a retraction point at them. */
export interface FlaggedHarvest {
  readonly harvestEventId: string;
  readonly flagEventId: string;
}

/**
 * One supply chain of one client: comb honey harvested (one lot in a village not registered for
 * it, so flagged), pooled by two merges, extracted into honey by two transformations (every one
 * of these four takes 3 to 5 input lots), split, packed, shipped to a shop and to an exporter,
 * received, sold, exported, certified twice (one certificate revoked, one expired), and the
 * flagged lot corrected, inspected, held, released, its flag dismissed and the lot recalled. Every
 * lot-fact rule runs; a chain is about 38 facts and 57 events, a tenth of the facts multi-input.
 */
export interface Chain {
  readonly harvests: readonly HarvestRequest[];
  /** The flagged harvest's lot: the harvest answer is searched for its events. */
  readonly flaggedLotId: string;
  coopFacts(flagged: FlaggedHarvest): OfflineFact[];
  readonly shopFacts: readonly OfflineFact[];
  readonly exporterFacts: readonly OfflineFact[];
  readonly certifierFacts: readonly OfflineFact[];
  inspectorFacts(flagged: FlaggedHarvest): OfflineFact[];
  /** How many events the chain records (a multi-lot fact records one per lot it touches). */
  readonly events: number;
  readonly factsByKind: Readonly<Record<string, number>>;
  /** The input count of each merge and transformation. */
  readonly multiInputs: readonly number[];
}

const kg = (amount: number) => ({ amount, unit: 'kg' });
/** Thousandths, as the rules count: amounts with more decimals are refused. */
const milli = (amount: number) => Math.floor(amount * 1000) / 1000;

/**
 * Chain number `n` of a client, its lot ids starting with `base` (at most 13 characters: tags of
 * up to 3 follow, LOT_ID_PATTERN allows 20). Days count from `day0`, a UTC midnight well in the
 * past, so no fact is in the future and each comes after the lots it concerns.
 */
export function chainOf(world: ChainWorld, base: string, n: number, day0: Date): Chain {
  const at = (day: number, hour = 9, minute = 0) =>
    `${new Date(day0.getTime() + day * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+06:00`;
  const date = (day: number) => at(day).slice(0, 10);
  // 3 to 5 inputs for each multi-input fact, varied from chain to chain.
  const [m1, m2, t1, t2] = [3 + (n % 3), 3 + ((n + 1) % 3), 3 + ((n + 2) % 3), 3 + (Math.floor(n / 3) % 3)];
  const harvestCount = m1 + m2 + t1 + (t2 - 2) + 1;
  const lot = (tag: string) => `${base}${tag}`;
  const harvestLots = Array.from({ length: harvestCount }, (_, i) => lot(`H${String(i).padStart(2, '0')}`));
  const amounts = harvestLots.map((_, i) => 10 + ((n * 7 + i * 3) % 17));
  const flaggedLotId = harvestLots[harvestCount - 1];
  const harvests: HarvestRequest[] = harvestLots.map((lotId, i) => {
    const flagged = lotId === flaggedLotId;
    return {
      lotId,
      villageId: flagged ? world.otherVillageId : world.villageId,
      producerId: world.coop.partyId,
      productId: COMB_HONEY,
      quantity: kg(amounts[i]),
      harvestedAt: at(0, 7, i),
      location: { latitude: 42.15 + (n % 50) / 1000, longitude: 77.55 + (i % 50) / 1000 },
      ...(flagged ? {} : { placeId: world.apiaryId }),
    };
  });
  const inputs = (from: number, count: number) => harvestLots.slice(from, from + count).map((lotId, i) => ({ lotId, quantity: kg(amounts[from + i]) }));
  const sum = (list: { quantity: { amount: number } }[]) => list.reduce((s, i) => s + i.quantity.amount, 0);
  const m1Inputs = inputs(0, m1);
  const m2Inputs = inputs(m1, m2);
  const t1Inputs = inputs(m1 + m2, t1);
  const t2Inputs = [{ lotId: lot('C1'), quantity: kg(sum(m1Inputs)) }, { lotId: lot('C2'), quantity: kg(sum(m2Inputs)) }, ...inputs(m1 + m2 + t1, t2 - 2)];
  // Extraction yields 0.75 of the comb (the bound is 0.6 to 0.85); whole kilograms in, so exact.
  const x1 = 0.75 * sum(t1Inputs);
  const x2 = 0.75 * sum(t2Inputs);
  const [xa, xb] = [milli(x2 * 0.4), milli(x2 * 0.4)];
  // A serial names one unit of its product across all lots (GS1: GTIN + serial): the chain's own.
  const serials = Array.from({ length: 10 }, (_, i) => lot(`U${i}`));
  const flaggedAmount = amounts[harvestCount - 1];

  const coopFacts = (flagged: FlaggedHarvest): OfflineFact[] => [
    { kind: 'merge', fact: { transformationId: lot('-M1'), inputs: m1Inputs, outputLotId: lot('C1'), placeId: world.workshopId, mergedAt: at(2) } },
    { kind: 'merge', fact: { transformationId: lot('-M2'), inputs: m2Inputs, outputLotId: lot('C2'), placeId: world.workshopId, mergedAt: at(2, 10) } },
    transformation(lot('-T1'), t1Inputs, lot('X1'), x1, world.workshopId, at(3)),
    transformation(lot('-T2'), t2Inputs, lot('X2'), x2, world.workshopId, at(3, 11)),
    { kind: 'split', fact: { transformationId: lot('-SP'), lotId: lot('X2'), placeId: world.workshopId, outputs: [{ lotId: lot('Xa'), quantity: kg(xa) }, { lotId: lot('Xb'), quantity: kg(xb) }], splitAt: at(4) } },
    { kind: 'packing', fact: { lotId: lot('X1'), packingId: lot('-PK'), placeId: world.workshopId, unitSize: kg(0.25), serials, packedAt: at(4, 12) } },
    shipment(lot('-S1'), world.workshopId, { partyId: world.shop.partyId, placeId: world.shopPlaceId }, lot('X1'), x1, at(5)),
    shipment(lot('-S2'), world.workshopId, { partyId: world.exporter.partyId, placeId: world.warehouseId }, lot('Xa'), xa, at(5, 10)),
    { kind: 'correction', fact: { lotId: flaggedLotId, correctsEventId: flagged.harvestEventId, reason: 'scale recalibrated', quantity: kg(flaggedAmount - 0.5), correctedAt: at(1) } },
  ];
  const shopFacts: OfflineFact[] = [
    { kind: 'receipt', fact: { shipmentId: lot('-S1'), lots: [{ lotId: lot('X1'), quantity: kg(x1) }], receivedAt: at(7) } },
    { kind: 'sale', fact: { lotId: lot('X1'), saleId: lot('-SA1'), shopPlaceId: world.shopPlaceId, serials: serials.slice(0, 3), soldAt: at(9) } },
    { kind: 'sale', fact: { lotId: lot('X1'), saleId: lot('-SA2'), shopPlaceId: world.shopPlaceId, quantity: kg(2), soldAt: at(9, 15) } },
  ];
  const exporterFacts: OfflineFact[] = [
    { kind: 'receipt', fact: { shipmentId: lot('-S2'), lots: [{ lotId: lot('Xa'), quantity: kg(xa) }], receivedAt: at(7, 10) } },
    {
      kind: 'export',
      fact: {
        shipmentId: lot('-EX'), fromPlaceId: world.warehouseId, lots: [{ lotId: lot('Xa'), quantity: kg(xa) }], destinationCountry: 'JP',
        buyer: { name: 'Hokkaido Natural Foods', country: 'JP' }, customsDeclaration: `CD-${lot('')}`, certificateOfOrigin: `CO-${lot('')}`, hsCode: '0409.00', exportedAt: at(10),
      },
    },
  ];
  const certifierFacts: OfflineFact[] = [
    { kind: 'certification', fact: { lotId: lot('Xb'), certificateId: lot('-CA'), schemeId: world.schemeId, validFrom: date(6), validUntil: date(36), certifiedAt: at(6) } },
    { kind: 'certification', fact: { lotId: lot('Xb'), certificateId: lot('-CB'), schemeId: world.schemeId, validFrom: date(6), validUntil: date(366), certifiedAt: at(6, 10) } },
    { kind: 'certificate-revocation', fact: { lotId: lot('Xb'), certificateId: lot('-CB'), reason: 'residue found in a later sample', revokedAt: at(8) } },
    { kind: 'certificate-expiry', fact: { lotId: lot('Xb'), certificateId: lot('-CA'), expiredAt: at(40) } },
  ];
  const inspectorFacts = (flagged: FlaggedHarvest): OfflineFact[] => [
    { kind: 'inspection', fact: { lotId: flaggedLotId, inspectionId: lot('-IN'), results: [{ parameter: 'moisture', value: 17.2, unit: '%', max: 20 }], outcome: 'passed', inspectedAt: at(1, 10) } },
    { kind: 'hold', fact: { lotId: flaggedLotId, holdId: lot('-HD'), reason: 'origin under review', heldAt: at(1, 11) } },
    { kind: 'release', fact: { lotId: flaggedLotId, holdId: lot('-HD'), reason: 'origin confirmed', releasedAt: at(2, 11) } },
    { kind: 'retraction', fact: { lotId: flaggedLotId, retractsEventId: flagged.flagEventId, reason: 'village registration pending, origin checked', retractedAt: at(2, 12) } },
    { kind: 'recall', fact: { lotId: flaggedLotId, recallId: lot('-RC'), reason: 'foreign matter', scope: 'whole-lot', recalledAt: at(3, 12) } },
  ];
  const facts = [...coopFacts({ harvestEventId: '', flagEventId: '' }), ...shopFacts, ...exporterFacts, ...certifierFacts, ...inspectorFacts({ harvestEventId: '', flagEventId: '' })];
  const factsByKind: Record<string, number> = { harvest: harvestCount };
  for (const f of facts) factsByKind[f.kind] = (factsByKind[f.kind] ?? 0) + 1;
  // Each fact records one event per lot it names; a harvest in the unregistered village adds its flag.
  const lotsOf = (f: OfflineFact): number => {
    const d = f.fact as { inputs?: unknown[]; outputs?: unknown[]; lots?: unknown[] };
    if (f.kind === 'merge') return d.inputs!.length + 1;
    if (f.kind === 'transformation') return d.inputs!.length + d.outputs!.length;
    if (f.kind === 'split') return 1 + d.outputs!.length;
    return d.lots?.length ?? 1;
  };
  const events = harvestCount + 1 + facts.reduce((s, f) => s + lotsOf(f), 0);
  return {
    harvests,
    flaggedLotId,
    coopFacts,
    shopFacts,
    exporterFacts,
    certifierFacts,
    inspectorFacts,
    events,
    factsByKind,
    multiInputs: [m1, m2, t1, t2],
  };
}

function transformation(id: string, inputs: { lotId: string; quantity: { amount: number; unit: string } }[], output: string, amount: number, placeId: string, transformedAt: string): OfflineFact {
  return { kind: 'transformation', fact: { transformationId: id, process: 'extraction', placeId, inputs, outputs: [{ lotId: output, productId: HONEY, quantity: kg(amount) }], transformedAt } };
}

function shipment(id: string, fromPlaceId: string, to: { partyId: string; placeId: string }, lotId: string, amount: number, shippedAt: string): OfflineFact {
  return { kind: 'shipment', fact: { shipmentId: id, fromPlaceId, to, lots: [{ lotId, quantity: kg(amount) }], carrier: 'Issyk-Kul Express', documents: [{ type: 'waybill', id: `WB${id}` }], shippedAt } };
}
