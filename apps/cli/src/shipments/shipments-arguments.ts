/** `tamga shipments` arguments: JSON or a table, and which provenance service; null for arguments that make no sense. */
export function shipmentsArgumentsOf(args: readonly string[]): { json: boolean; url?: string } | null {
  let json = false;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json' && !json) json = true;
    else if (arg === '--url' && url === undefined && args[i + 1] !== undefined) url = args[++i];
    else if (arg.startsWith('--url=') && url === undefined && arg.length > '--url='.length) url = arg.slice('--url='.length);
    else return null;
  }
  return { json, ...(url !== undefined ? { url } : {}) };
}
