/** What `tamga generate-dataset` was asked for. */
export interface DatasetRequest {
  readonly events: number;
  readonly seed: number;
  /** A database of the embedded server to create and fill (not with DATABASE_URL, which names its own). */
  readonly database?: string;
  /** Add the dataset to an event store that already holds events. */
  readonly force: boolean;
}

export const DEFAULT_DATASET_EVENTS = 1_000_000;

/** Reads the arguments; null when they make no sense (the caller prints the usage). */
export function datasetRequestOf(args: readonly string[]): DatasetRequest | null {
  let events = DEFAULT_DATASET_EVENTS;
  let seed = 1;
  let database: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    if (flag === '--force' && inline === undefined) {
      force = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) return null;
    if (flag === '--events' && /^[1-9]\d{0,8}$/.test(value)) events = Number(value);
    else if (flag === '--seed' && /^\d{1,9}$/.test(value)) seed = Number(value);
    else if (flag === '--database' && /^[a-z_][a-z0-9_]{0,62}$/.test(value)) database = value;
    else return null;
  }
  return { events, seed, force, ...(database ? { database } : {}) };
}
