import { Quantity } from '../../shared/quantity';
import { LocalisedNames } from '../../master-data/shared/localised-names';
import { kyrgyzstanDateAt } from '../../master-data/shared/calendar-date';
import { LotExported } from '../events/lot-disposal.event';
import { baseMilliOf } from '../inspector/base-milli';
import { standingAmendmentsOf } from '../inspector/ledger/standing-amendments';
import { certificationsInForce } from './certifications-on-date';
import { DossierRecord, citationOf } from './dossier-record';
import { genealogyOfHistories } from './lot-genealogy';
import { inspectionsUntil } from './inspections-until';
import { standingFlagsOf } from './origin-flags';
import { ORIGIN_DOSSIER_VERSION, DossierShipment, LotOriginView, Names, OriginDossier, ShippedLot, TracedLotView } from './origin-dossier';
import { ExportedLotOrigin, ProducerShare, VillageShare, originOfExportedLot, sameDimension, withPercentages } from './origin-shares';

/** The master data a dossier names things by; undefined when not registered (or not projected yet). */
export interface DossierMasterData {
  place(placeId: string): { readonly names: LocalisedNames } | undefined;
  product(productId: string): { readonly names: LocalisedNames; readonly gtin: string } | undefined;
  scheme(schemeId: string): { readonly names: LocalisedNames; readonly kind: string } | undefined;
}

/** What a dossier is built from: the histories of every lot reached back from the shipment's lots. */
export interface OriginDossierInput {
  readonly shipmentId: string;
  /** Each lot's records in stream order, for every lot the walk back reached (the shipped lots among them). */
  readonly histories: ReadonlyMap<string, readonly DossierRecord[]>;
  readonly masterData: DossierMasterData;
}

type ExportRecord = DossierRecord & { readonly event: LotExported };

/**
 * The origin dossier of an export shipment, or null when no standing `lot.exported` carries its id
 * (none recorded, or every one retracted). Pure: the same histories give the same dossier, byte
 * for byte once serialised, so issue 5 can sign it and a cache can keep it by ETag.
 */
export function buildOriginDossier(input: OriginDossierInput): OriginDossier | null {
  const exports = standingExportsOf(input.shipmentId, input.histories);
  if (exports.length === 0) return null;
  const { links, beginnings } = genealogyOfHistories(input.histories);
  const md = input.masterData;
  const first = exports[0];
  const shipped: ShippedLot[] = exports.map(({ record, quantity, correctedBy }) => {
    const productId = beginnings.get(record.lotId)?.productId ?? null;
    const product = productId ? md.product(productId) : undefined;
    return {
      lotId: record.lotId,
      productId,
      productNames: product?.names ?? null,
      gtin: product?.gtin ?? null,
      quantity,
      exportedAt: record.event.data.exportedAt,
      event: citationOf(record),
      correctedBy,
    };
  });
  const origins = exports.map(({ record, quantity }) => ({ lotId: record.lotId, quantity, origin: originOfExportedLot(record.lotId, quantity, links, beginnings) }));
  const villageNames = (v: VillageShare) => ({ ...v, names: md.place(v.villageId)?.names ?? null });
  const lotOrigins: LotOriginView[] = origins.map(({ lotId, quantity, origin }) => ({
    lotId,
    exported: quantity,
    villages: origin.villages.map(villageNames),
    producers: origin.producers,
    harvests: origin.harvests,
    unattributedShare: origin.unattributedShare,
    unattributedLotIds: origin.unattributedLotIds,
  }));
  const combined = sameDimension(origins.map((o) => o.quantity)) ? combine(origins) : null;
  const records = [...input.histories.values()].flat();
  const latestExport = exports.reduce((latest, e) => (Date.parse(e.record.event.data.exportedAt) > Date.parse(latest) ? e.record.event.data.exportedAt : latest), first.record.event.data.exportedAt);
  const shipment: DossierShipment = {
    shipmentId: input.shipmentId,
    exporterId: first.record.event.data.from.partyId,
    from: { placeId: first.record.event.data.from.placeId, names: md.place(first.record.event.data.from.placeId)?.names ?? null },
    destinationCountry: first.record.event.data.destinationCountry,
    buyer: first.record.event.data.buyer,
    customsDeclaration: first.record.event.data.customsDeclaration,
    certificateOfOrigin: first.record.event.data.certificateOfOrigin,
    hsCode: first.record.event.data.hsCode,
    documents: first.record.event.data.documents,
    exportedAt: first.record.event.data.exportedAt,
    exportDate: kyrgyzstanDateAt(new Date(first.record.event.data.exportedAt)),
    lots: shipped,
  };
  const cycleLotIds = [...new Set(origins.flatMap((o) => o.origin.cycleLotIds))].sort();
  return {
    dossierVersion: ORIGIN_DOSSIER_VERSION,
    shipment,
    origin: {
      basis: 'input-amount-in-base-units',
      villages: combined ? combined.villages.map(villageNames) : null,
      producers: combined?.producers ?? null,
      lots: lotOrigins,
      complete: cycleLotIds.length === 0 && origins.every((o) => o.origin.unattributedLotIds.length === 0),
      cycleLotIds,
    },
    trace: { lots: tracedLots(origins.map((o) => o.origin), beginnings, md) },
    certifications: exports
      .flatMap(({ record }) => certificationsInForce(lotRecordsOf(records, origins.find((o) => o.lotId === record.lotId)!.origin), record.event.data.exportedAt))
      .filter((c, i, all) => all.findIndex((o) => o.lotId === c.lotId && o.certificateId === c.certificateId) === i)
      .map((c) => {
        const scheme = md.scheme(c.schemeId);
        return { ...c, schemeNames: scheme?.names ?? null, schemeKind: scheme?.kind ?? null };
      }),
    inspections: inspectionsUntil(records, latestExport),
    flags: standingFlagsOf(records),
    evidence: evidenceOf(records),
    proofs: { status: 'not-yet-available', checkpoint: null, inclusionProofs: [], signatures: [] },
  };
}

/** The shipment's standing exports, shipped lots in id order: retracted ones left out, corrected ones at their standing quantity. */
function standingExportsOf(shipmentId: string, histories: ReadonlyMap<string, readonly DossierRecord[]>) {
  const found: { record: ExportRecord; quantity: Quantity; correctedBy: ShippedLot['correctedBy'] }[] = [];
  for (const history of histories.values()) {
    const amendments = standingAmendmentsOf(history);
    for (const record of history) {
      if (record.event.type !== 'lot.exported' || record.event.data.shipmentId !== shipmentId || amendments.retracted.has(record.eventId)) continue;
      const correction = amendments.corrections.get(record.eventId);
      const correcting = correction ? history.find((r) => r.eventId === correction.eventId) : undefined;
      found.push({ record: record as ExportRecord, quantity: correction?.quantity ?? record.event.data.quantity, correctedBy: correcting ? citationOf(correcting) : null });
    }
  }
  return found.sort((a, b) => Date.parse(a.record.event.data.exportedAt) - Date.parse(b.record.event.data.exportedAt) || a.record.lotId.localeCompare(b.record.lotId));
}

/** The shipment's villages and producers: each lot's shares weighted by its exported amount in base units. */
function combine(origins: readonly { quantity: Quantity; origin: ExportedLotOrigin }[]): { villages: VillageShare[]; producers: ProducerShare[] } {
  const total = origins.reduce((sum, o) => sum + baseMilliOf(o.quantity), 0);
  const villages = new Map<string, { share: number; producers: Set<string>; contributed: Map<string, VillageShare['contributed'][number]> }>();
  const producers = new Map<string, { share: number; villages: Set<string> }>();
  for (const { quantity, origin } of origins) {
    const weight = baseMilliOf(quantity) / total;
    for (const v of origin.villages) {
      const into = villages.get(v.villageId) ?? { share: 0, producers: new Set<string>(), contributed: new Map() };
      into.share += v.share * weight;
      v.producerIds.forEach((p) => into.producers.add(p));
      for (const c of v.contributed) {
        const key = `${c.productId}\u0000${c.quantity.unit}`;
        const before = into.contributed.get(key);
        into.contributed.set(key, before ? { productId: c.productId, quantity: { amount: Math.round((before.quantity.amount + c.quantity.amount) * 1000) / 1000, unit: c.quantity.unit } } : c);
      }
      villages.set(v.villageId, into);
    }
    for (const p of origin.producers) {
      const into = producers.get(p.producerId) ?? { share: 0, villages: new Set<string>() };
      into.share += p.share * weight;
      p.villageIds.forEach((v) => into.villages.add(v));
      producers.set(p.producerId, into);
    }
  }
  return {
    villages: withPercentages(
      [...villages].map(([villageId, v]) => ({ villageId, share: v.share, producerIds: [...v.producers].sort(), contributed: [...v.contributed.values()] })),
      (v) => v.villageId,
    ),
    producers: withPercentages([...producers].map(([producerId, p]) => ({ producerId, villageIds: [...p.villages].sort(), share: p.share })), (p) => p.producerId),
  };
}

/** Every lot reached back from the shipment, nearest first, each once at its fewest links from a shipped lot. */
function tracedLots(origins: readonly ExportedLotOrigin[], beginnings: ReturnType<typeof genealogyOfHistories>['beginnings'], md: DossierMasterData): TracedLotView[] {
  const depths = new Map<string, number>();
  for (const o of origins) for (const r of o.reached) depths.set(r.lotId, Math.min(depths.get(r.lotId) ?? Infinity, r.depth));
  return [...depths]
    .map(([lotId, depth]) => {
      const beginning = beginnings.get(lotId) ?? { lotId, productId: null, madeBy: null, harvest: null };
      return { ...beginning, productNames: beginning.productId ? md.product(beginning.productId)?.names ?? null : null, depth };
    })
    .sort((a, b) => a.depth - b.depth || a.lotId.localeCompare(b.lotId));
}

/** The records of the lots one exported lot's trace reached. */
function lotRecordsOf(records: readonly DossierRecord[], origin: ExportedLotOrigin): DossierRecord[] {
  const lots = new Set(origin.reached.map((r) => r.lotId));
  return records.filter((r) => lots.has(r.lotId));
}

function evidenceOf(records: readonly DossierRecord[]): OriginDossier['evidence'] {
  const ordered = [...records].sort((a, b) => comparePositions(a.globalPosition, b.globalPosition) || a.lotId.localeCompare(b.lotId));
  return {
    hash: 'CBV 2.0 event hash (ni:///sha-256)',
    lastGlobalPosition: ordered.at(-1)?.globalPosition ?? '0',
    events: ordered.map((r) => ({
      eventId: r.eventId,
      epcisEventId: r.epcisEventId,
      lotId: r.lotId,
      streamVersion: r.version,
      type: r.event.type,
      globalPosition: r.globalPosition,
      recordedAt: r.recordedAt,
    })),
  };
}

/** Decimal log positions (bigints as strings without leading zeros). */
function comparePositions(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

