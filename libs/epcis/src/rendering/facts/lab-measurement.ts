import type { LabResult } from '#tamga/domain';
import { tamgaUrn } from '../epcis-identifiers';
import { tamga } from '../tamga-json-ld-context';

/**
 * GS1 measurement types and UN/CEFACT Rec. 20 codes for the units labs report in. Ratios of mass
 * (%, mg/kg) and pH are dimensionless; a unit not listed keeps no `uom`, and the result's own
 * parameter and unit travel as Tamga extensions so nothing the lab said is lost.
 */
const UNITS: Readonly<Record<string, readonly [type: string, uom?: string]>> = {
  '%': ['Dimensionless', 'P1'],
  'g/100g': ['Dimensionless', 'P1'],
  'mg/kg': ['Dimensionless', 'NA'],
  'g/kg': ['Dimensionless', 'GK'],
  ppm: ['Dimensionless', '59'],
  ph: ['Dimensionless'],
  '°c': ['Temperature', 'CEL'],
  cel: ['Temperature', 'CEL'],
  'ms/cm': ['Conductivity', 'H61'],
};

/**
 * One lab result as a sensorReport. The limits are not minValue/maxValue, which EPCIS defines as
 * the lowest and highest value observed; they are business rules, carried as Tamga extensions
 * with the verdict. A unit GS1 has no measurement type for gets a Tamga type per parameter.
 */
export function sensorReportOf(result: LabResult): Record<string, unknown> {
  const known = UNITS[result.unit.trim().toLowerCase()];
  return {
    type: known?.[0] ?? tamgaUrn('lab-parameter', result.parameter),
    value: result.value,
    ...(known?.[1] !== undefined ? { uom: known[1] } : {}),
    [tamga('parameter')]: result.parameter,
    [tamga('unit')]: result.unit,
    ...(result.min !== undefined ? { [tamga('lowerLimit')]: result.min } : {}),
    ...(result.max !== undefined ? { [tamga('upperLimit')]: result.max } : {}),
    [tamga('withinLimits')]: result.withinLimits,
  };
}
