/** What `tamga verify` was asked for. */
export interface VerifyRequest {
  readonly file: string;
  readonly trustedKey?: string;
  readonly json: boolean;
}

const FINGERPRINT = /^(sha-?256:)?[0-9a-fA-F]{64}$/;

/** `tamga verify FILE [--trusted-key FINGERPRINT] [--json]`, or the reason the arguments make no sense. */
export function verifyArgumentsOf(args: readonly string[]): VerifyRequest | { error: string } {
  let file: string | undefined;
  let trustedKey: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const key = /^--trusted-key(?:=(.*))?$/.exec(arg);
    if (key) {
      const value = key[1] ?? args[++i];
      if (!value || !FINGERPRINT.test(value)) return { error: '--trusted-key needs a key fingerprint: sha-256: and 64 hex digits, as `tamga verify` prints it' };
      if (trustedKey !== undefined) return { error: '--trusted-key is given twice' };
      trustedKey = value;
    } else if (arg === '--json') json = true;
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `one bundle at a time (got ${file} and ${arg})` };
  }
  if (file === undefined) return { error: 'which bundle? give its file (or - for standard input)' };
  return { file, json, ...(trustedKey !== undefined ? { trustedKey } : {}) };
}
