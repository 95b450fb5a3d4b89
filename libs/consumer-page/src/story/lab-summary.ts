import { LotEventRecord } from './lot-story-source';
import { LabLine, LabSummary } from './lot-story';
import { dateOf } from './live-events';

interface RecordedResult {
  readonly parameter?: unknown;
  readonly value?: unknown;
  readonly unit?: unknown;
  readonly min?: unknown;
  readonly max?: unknown;
  readonly withinLimits?: unknown;
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * The lab results that stand today: for each parameter, the latest test of it (a failed moisture
 * test followed by a passing re-test shows the re-test). Retracted inspections are already gone
 * from `events`, the lot's live events.
 */
export function labSummary(events: readonly LotEventRecord[]): LabSummary | null {
  const inspections = events.filter((e) => e.type === 'lot.inspected').sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  if (inspections.length === 0) return null;
  const latest = new Map<string, LabLine>();
  for (const inspection of inspections) {
    const results = Array.isArray(inspection.data.results) ? (inspection.data.results as RecordedResult[]) : [];
    for (const r of results) {
      if (typeof r.parameter !== 'string' || typeof r.value !== 'number') continue;
      const key = r.parameter.trim().toLowerCase();
      latest.delete(key); // re-inserted last: the list follows the latest tests' order
      latest.set(key, {
        parameter: r.parameter,
        value: r.value,
        unit: typeof r.unit === 'string' ? r.unit : '',
        min: numberOrNull(r.min),
        max: numberOrNull(r.max),
        withinLimits: r.withinLimits === true,
        tested: dateOf(inspection.occurredAt),
      });
    }
  }
  if (latest.size === 0) return null;
  return { lastTested: dateOf(inspections[inspections.length - 1].occurredAt), results: [...latest.values()] };
}
