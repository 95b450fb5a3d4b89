/** What `tamga verify-log` was asked to check. */
export interface VerifyLogRequest {
  /** The topic to read from offset 0 (default: the configured event topic). */
  readonly topic?: string;
  /** A Postgres URL, or the name of a database on the embedded server (as generate-dataset --database names it). */
  readonly database?: string;
}

/** Reads `--topic NAME` and `--database URL|NAME` (with = or a separate value); throws naming a bad argument. */
export function verifyLogRequestOf(args: readonly string[]): VerifyLogRequest {
  const request: { topic?: string; database?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    if (flag !== '--topic' && flag !== '--database') throw new Error(`Unknown argument ${args[i]}`);
    const value = inline ?? args[++i];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    if (flag === '--topic') {
      if (!/^[A-Za-z0-9._-]{1,249}$/.test(value)) throw new Error(`--topic ${value} is not a Kafka topic name`);
      request.topic = value;
    } else {
      if (!/^postgres(ql)?:\/\//.test(value) && !/^[a-z_][a-z0-9_]{0,62}$/.test(value)) throw new Error(`--database ${value} is neither a postgres:// URL nor a database name`);
      request.database = value;
    }
  }
  return request;
}
