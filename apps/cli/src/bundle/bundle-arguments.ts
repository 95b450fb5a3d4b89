import { withholdingRulesOf } from '#tamga/proof-bundle';

/** What `tamga bundle` was asked for. */
export interface BundleRequest {
  readonly shipmentId: string;
  /** The withholding entries as given (groups or type:field), validated. */
  readonly withhold: readonly string[];
  readonly url?: string;
}

/** `tamga bundle --shipment ID [--withhold LIST] [--url URL]`, or the reason the arguments make no sense. */
export function bundleArgumentsOf(args: readonly string[]): BundleRequest | { error: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const match = /^--(shipment|withhold|url)(?:=(.*))?$/.exec(args[i]);
    if (!match) return { error: `unknown argument ${args[i]}` };
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') return { error: `--${match[1]} needs a value` };
    if (values.has(match[1])) return { error: `--${match[1]} is given twice` };
    values.set(match[1], value);
  }
  const shipmentId = values.get('shipment');
  if (!shipmentId) return { error: '--shipment ID is required (`tamga shipments` lists them)' };
  const rules = withholdingRulesOf(values.get('withhold') ?? '');
  if ('error' in rules) return { error: `--withhold: ${rules.error}` };
  return { shipmentId, withhold: rules.names, ...(values.has('url') ? { url: values.get('url') } : {}) };
}
