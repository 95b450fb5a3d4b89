import { LotEventRecord, MasterDataRecords } from './lot-story-source';
import { Step } from './lot-story';
import { dateOf, text } from './live-events';
import { namedProduct, placeInContext } from './place-in-context';

const KIND_OF: Readonly<Record<string, Step['kind']>> = { 'lot.transformed': 'transformation', 'lot.split': 'split', 'lot.merged': 'merge' };

/** How many steps the page lists: the latest ones, which are nearest the jar in the reader's hand. */
export const MAX_STEPS = 12;

function productsOf(portions: unknown, masterData: MasterDataRecords) {
  const ids = Array.isArray(portions) ? portions.map((p) => (p as { productId?: unknown }).productId).filter((id): id is string => typeof id === 'string') : [];
  return [...new Set(ids)].sort().map((id) => namedProduct(id, masterData));
}

function quantity(value: unknown): { amount: number; unit: string } | null {
  const q = value as { amount?: unknown; unit?: unknown } | undefined;
  return typeof q?.amount === 'number' && typeof q?.unit === 'string' ? { amount: q.amount, unit: q.unit } : null;
}

/**
 * The processing steps, oldest first: every transformation, division and combination on the way
 * from the harvests to this lot (each multi-lot fact once, though every lot it touched holds a
 * copy), then the lot's packings (only the one that made this unit, on a unit's page).
 */
export function processingSteps(
  lotEvents: readonly LotEventRecord[],
  upstreamEvents: readonly LotEventRecord[],
  serial: string | undefined,
  masterData: MasterDataRecords,
): { steps: Step[]; earlier: number } {
  const seen = new Set<string>();
  const steps: Step[] = [];
  for (const event of [...upstreamEvents, ...lotEvents]) {
    const kind = KIND_OF[event.type];
    const id = text(event.data, 'transformationId') ?? event.eventId;
    if (!kind || seen.has(id)) continue;
    seen.add(id);
    const placeId = text(event.data, 'placeId');
    steps.push({
      kind,
      process: kind === 'transformation' ? text(event.data, 'process') : null,
      date: dateOf(event.occurredAt),
      place: placeId ? placeInContext(placeId, masterData) : null,
      inputs: productsOf(event.data.inputs, masterData),
      outputs: productsOf(event.data.outputs, masterData),
      units: null,
    });
  }
  for (const packing of lotEvents.filter((e) => e.type === 'lot.packed')) {
    const serials = Array.isArray(packing.data.serials) ? packing.data.serials : [];
    const size = quantity(packing.data.unitSize);
    if (serial !== undefined && !serials.includes(serial)) continue;
    const placeId = text(packing.data, 'placeId');
    steps.push({
      kind: 'packing',
      process: null,
      date: dateOf(packing.occurredAt),
      place: placeId ? placeInContext(placeId, masterData) : null,
      inputs: [],
      outputs: [],
      units: size ? { count: serial !== undefined ? 1 : serials.length, size } : null,
    });
  }
  // Stable: steps of one day keep the order in which they were recorded.
  const ordered = steps.map((s, i) => [s, i] as const).sort(([a, i], [b, j]) => a.date.localeCompare(b.date) || i - j).map(([s]) => s);
  const earlier = Math.max(0, ordered.length - MAX_STEPS);
  return { steps: ordered.slice(earlier), earlier };
}
