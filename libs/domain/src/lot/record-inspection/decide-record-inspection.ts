import { DomainError } from '../../shared/domain-error';
import { LabResult, LotInspected } from '../events/lot-inspected.event';
import { assertRole, registeredPlace } from '../rules/access';
import { assertLotExists, factId, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { RecordInspection } from './record-inspection.command';

function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('INSPECTION.INVALID_RESULT', 'invalid', `${field} must be a finite number`, [{ field, rule: 'finite-number', message: 'must be a finite number' }]);
  }
  return value;
}

function resultOf(raw: RecordInspection['results'][number], i: number): LabResult {
  const at = `results[${i}]`;
  const value = finite(raw?.value, `${at}.value`);
  const min = raw.min === undefined ? undefined : finite(raw.min, `${at}.min`);
  const max = raw.max === undefined ? undefined : finite(raw.max, `${at}.max`);
  if (min !== undefined && max !== undefined && min > max) {
    throw new DomainError('INSPECTION.INVALID_LIMITS', 'invalid', `${at} has min above max`, [{ field: at, rule: 'min-not-above-max', message: 'min must not exceed max', min, max }]);
  }
  const withinLimits = (min === undefined || value >= min) && (max === undefined || value <= max);
  return {
    parameter: text(raw.parameter, `${at}.parameter`, 100),
    value,
    unit: text(raw.unit, `${at}.unit`, 20),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    withinLimits,
  };
}

/**
 * Decides an inspection: labs and inspectors record inspections of any lot, anywhere, whatever its
 * state (a held or recalled lot is exactly what gets inspected). The outcome is failed when any
 * result lies outside its limits: a client cannot call a failing value a pass.
 */
export function decideRecordInspection(command: RecordInspection, context: LotDecisionContext): LotEventFor[] {
  assertRole(context.actor, ['lab', 'inspector'], 'record an inspection');
  const inspectionId = factId(command.inspectionId, 'inspectionId');
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  if (!Array.isArray(command.results) || command.results.length === 0 || command.results.length > 100) {
    throw new DomainError('INSPECTION.NO_RESULTS', 'invalid', 'An inspection reports 1 to 100 results', [
      { field: 'results', rule: 'result-count', message: 'must list 1 to 100 results' },
    ]);
  }
  const results = command.results.map(resultOf);
  const outOfLimits = results.some((r) => !r.withinLimits);
  if (command.outcome !== undefined && command.outcome !== 'passed' && command.outcome !== 'failed') {
    throw new DomainError('INSPECTION.INVALID_OUTCOME', 'invalid', 'outcome must be passed or failed', [{ field: 'outcome', rule: 'known-value', message: 'must be passed or failed' }]);
  }
  if (command.outcome === 'passed' && outOfLimits) {
    throw new DomainError('INSPECTION.PASS_OUT_OF_LIMITS', 'invalid', 'An inspection with a result outside its limits cannot pass', [
      { field: 'outcome', rule: 'results-within-limits', message: 'a result lies outside its limits', parameters: results.filter((r) => !r.withinLimits).map((r) => r.parameter) },
    ]);
  }
  if (command.placeId !== undefined) registeredPlace(context.masterData, command.placeId, 'placeId');
  const inspectedAt = factTime(command.inspectedAt, 'inspectedAt', context.now, [lot]);
  const event: LotInspected = {
    type: 'lot.inspected',
    schemaVersion: 1,
    data: {
      inspectionId,
      lotId: lot.lotId,
      ...(command.sampleId !== undefined ? { sampleId: factId(command.sampleId, 'sampleId') } : {}),
      results,
      outcome: outOfLimits ? 'failed' : (command.outcome ?? 'passed'),
      inspectedAt,
      ...(command.placeId !== undefined ? { placeId: command.placeId } : {}),
      ...(command.report !== undefined ? { report: { type: text(command.report?.type, 'report.type', 40), id: text(command.report?.id, 'report.id', 100) } } : {}),
    },
  };
  return [{ lotId: lot.lotId, event }];
}
