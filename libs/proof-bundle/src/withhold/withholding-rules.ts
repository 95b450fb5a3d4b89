/** One withholding rule: a data field of an event type (`*` for every type) shown only as its commitment. */
export interface WithholdingRule {
  readonly type: string;
  readonly field: string;
}

/**
 * Named groups an exporter can withhold. Producers' names and prices are never recorded in an event
 * (personal details stay outside the log, docs/adr/0011; no event carries a price), so those
 * groups name nothing to hide and are accepted as such; the others are fields events do carry.
 */
export const WITHHOLDING_GROUPS: Readonly<Record<string, readonly WithholdingRule[]>> = {
  'producer-names': [],
  prices: [],
  buyer: [{ type: 'lot.exported', field: 'buyer' }],
  customs: [{ type: 'lot.exported', field: 'customsDeclaration' }],
  documents: [{ type: '*', field: 'documents' }],
  locations: [{ type: 'lot.harvested', field: 'location' }],
  'lab-results': [{ type: 'lot.inspected', field: 'results' }],
};

const RULE = /^([a-z*][a-z0-9.*-]*):([A-Za-z][A-Za-z0-9]*)$/;

/**
 * The rules of a `--withhold` list (comma-separated group names or `type:field` pairs), or an error
 * message naming the first entry that is neither.
 */
export function withholdingRulesOf(list: string): { rules: WithholdingRule[]; names: string[] } | { error: string } {
  const rules: WithholdingRule[] = [];
  const names: string[] = [];
  for (const entry of list.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    const group = Object.hasOwn(WITHHOLDING_GROUPS, entry) ? WITHHOLDING_GROUPS[entry] : undefined;
    const pair = RULE.exec(entry);
    if (group) rules.push(...group);
    else if (pair) rules.push({ type: pair[1], field: pair[2] });
    else return { error: `"${entry}" is neither a group (${Object.keys(WITHHOLDING_GROUPS).join(', ')}) nor a type:field pair such as lot.exported:buyer` };
    names.push(entry);
  }
  return { rules, names: [...new Set(names)].sort() };
}

/** True when a rule withholds this field of this event type. */
export function isWithheld(rules: readonly WithholdingRule[], type: string, field: string): boolean {
  return rules.some((r) => r.field === field && (r.type === '*' || r.type === type));
}
