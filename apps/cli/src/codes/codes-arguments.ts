/** `tamga codes` arguments: how many lines at most (none: all), or null for arguments that make no sense. */
export function limitOfArguments(args: readonly string[]): { limit?: number } | null {
  const value = args.length === 2 && args[0] === '--limit' ? args[1] : args.length === 1 && args[0].startsWith('--limit=') ? args[0].slice('--limit='.length) : undefined;
  if (args.length === 0) return {};
  if (value === undefined || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return { limit: Number(value) };
}
