import { Quantity } from '../../shared/quantity';
import { LotMerged, LotSplit, LotTransformed } from '../events/lot-transformed.event';
import { LotLink, linksOf } from '../inspector/trace/lot-link';
import { standingAmendmentsOf } from '../inspector/ledger/standing-amendments';
import { DossierRecord, EventCitation, citationOf } from './dossier-record';

type MultiLotFact = LotTransformed | LotSplit | LotMerged;

/** How a lot of the trace came into being: made by a fact, harvested, or not known from the record read. */
export interface LotBeginning {
  readonly lotId: string;
  readonly productId: string | null;
  readonly madeBy: {
    readonly transformationId: string;
    readonly kind: 'transformed' | 'split' | 'merged';
    readonly process: string | null;
    readonly placeId: string;
    readonly occurredAt: string;
    readonly inputs: readonly { readonly lotId: string; readonly productId: string; readonly quantity: Quantity }[];
    /** What the fact made of this lot. */
    readonly made: Quantity;
    readonly event: EventCitation;
  } | null;
  readonly harvest: {
    readonly villageId: string;
    readonly producerId: string;
    readonly placeId: string | null;
    readonly harvestedAt: string;
    /** As the lot's state reads it: a standing correction's quantity, if any. */
    readonly quantity: Quantity;
    readonly event: EventCitation;
    readonly correctedBy: EventCitation | null;
  } | null;
}

const isMultiLot = (r: DossierRecord): r is DossierRecord & { event: MultiLotFact } =>
  r.event.type === 'lot.transformed' || r.event.type === 'lot.split' || r.event.type === 'lot.merged';

/**
 * The genealogy the histories read hold: every link of every transformation, split and merge in
 * them (for the domain's traceLots), and how each lot began. A lot's first event is the fact that
 * made it, so a lot whose history was not read (beyond the depth bound) has an unknown beginning.
 */
export function genealogyOfHistories(histories: ReadonlyMap<string, readonly DossierRecord[]>): { links: LotLink[]; beginnings: Map<string, LotBeginning> } {
  const links: LotLink[] = [];
  const beginnings = new Map<string, LotBeginning>();
  for (const [lotId, history] of histories) {
    for (const r of history) if (isMultiLot(r)) links.push(...linksOf(r.event));
    beginnings.set(lotId, beginningOf(lotId, history));
  }
  return { links, beginnings };
}

function beginningOf(lotId: string, history: readonly DossierRecord[]): LotBeginning {
  const amendments = standingAmendmentsOf(history);
  const first = history.find((r) => !amendments.retracted.has(r.eventId));
  if (first && isMultiLot(first)) {
    const d = first.event.data;
    const output = d.outputs.find((o) => o.lotId === lotId);
    if (output) {
      const e = first.event;
      return {
        lotId,
        productId: output.productId,
        madeBy: {
          transformationId: d.transformationId,
          kind: e.type === 'lot.transformed' ? 'transformed' : e.type === 'lot.split' ? 'split' : 'merged',
          process: e.type === 'lot.transformed' ? e.data.process : null,
          placeId: d.placeId,
          occurredAt: e.type === 'lot.transformed' ? e.data.transformedAt : e.type === 'lot.split' ? e.data.splitAt : e.data.mergedAt,
          inputs: d.inputs.map((i) => ({ lotId: i.lotId, productId: i.productId, quantity: i.quantity })),
          made: output.quantity,
          event: citationOf(first),
        },
        harvest: null,
      };
    }
  }
  if (first && first.event.type === 'lot.harvested') {
    const d = first.event.data;
    const correction = amendments.corrections.get(first.eventId);
    const correcting = correction ? history.find((r) => r.eventId === correction.eventId) : undefined;
    return {
      lotId,
      productId: d.productId,
      madeBy: null,
      harvest: {
        villageId: d.villageId,
        producerId: d.producerId,
        placeId: d.placeId ?? null,
        harvestedAt: d.harvestedAt,
        quantity: correction?.quantity ?? d.quantity,
        event: citationOf(first),
        correctedBy: correcting ? citationOf(correcting) : null,
      },
    };
  }
  return { lotId, productId: null, madeBy: null, harvest: null };
}
