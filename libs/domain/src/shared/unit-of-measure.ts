import { DomainError } from './domain-error';

/** What a unit measures; quantities only add up within one dimension. */
export type Dimension = 'mass' | 'volume' | 'count' | 'area';

/** A UN/CEFACT Recommendation 20 unit code, as EPCIS quantityList uses them. */
export type UnitCode = 'KGM' | 'GRM' | 'TNE' | 'LTR' | 'MLT' | 'H87' | 'MTK';

interface UnitDefinition {
  readonly code: UnitCode;
  readonly dimension: Dimension;
  /** How many base units (kg, l, piece, m²) one of this unit is. */
  readonly toBase: number;
  readonly aliases: readonly string[];
}

const UNITS: readonly UnitDefinition[] = [
  { code: 'KGM', dimension: 'mass', toBase: 1, aliases: ['kg'] },
  { code: 'GRM', dimension: 'mass', toBase: 0.001, aliases: ['g'] },
  { code: 'TNE', dimension: 'mass', toBase: 1000, aliases: ['t'] },
  { code: 'LTR', dimension: 'volume', toBase: 1, aliases: ['l'] },
  { code: 'MLT', dimension: 'volume', toBase: 0.001, aliases: ['ml'] },
  { code: 'H87', dimension: 'count', toBase: 1, aliases: ['piece', 'pcs'] },
  { code: 'MTK', dimension: 'area', toBase: 1, aliases: ['m2'] },
];

const BY_NAME = new Map<string, UnitDefinition>(
  UNITS.flatMap((u) => [u.code, ...u.aliases].map((name) => [name.toUpperCase(), u] as const)),
);

/** Every unit name the API accepts: the UN/CEFACT codes and their everyday aliases. */
export const ACCEPTED_UNIT_NAMES: readonly string[] = UNITS.flatMap((u) => [u.code, ...u.aliases]);

/** Looks a unit up by its UN/CEFACT code or alias (case-insensitive); refuses an unknown one. */
export function unitOf(name: string, field = 'unit'): UnitDefinition {
  const unit = BY_NAME.get(name.trim().toUpperCase());
  if (!unit) {
    throw new DomainError('QUANTITY.UNKNOWN_UNIT', 'invalid', `Unknown unit "${name}"`, [
      { field, rule: 'known-unit', message: `must be one of ${ACCEPTED_UNIT_NAMES.join(', ')}` },
    ]);
  }
  return unit;
}
