import { canonicalJsonBytes, sign } from '#tamga/integrity';

/** What a lot-fact endpoint answers with `?dryRun=true` (ADR 0016): the fact as it would be recorded. */
export interface FactDryRun {
  readonly epcisEvents: readonly object[];
  readonly epcisHashes: readonly string[];
  readonly signingPayload: Record<string, unknown>;
  readonly streamIds: readonly string[];
  readonly occurredAt: string;
}

/** A field device's signing key: its id as registered, and its private seed (base64url). */
export interface DeviceKey {
  readonly keyId: string;
  readonly privateKey: string;
}

/** A lot-fact request as a device would send it. */
export interface FactRequest {
  /** The capture API's base URL, e.g. http://127.0.0.1:3000. */
  readonly captureUrl: string;
  /** The endpoint's path, e.g. /harvests or /lots/L-1/packings. */
  readonly path: string;
  readonly apiKey: string;
  readonly body: unknown;
}

/** Thrown when the dry run is refused: the fact would be refused too, so there is nothing to sign. */
export class DryRunRefused extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`The dry run was refused with ${status}: ${JSON.stringify(problem)}`);
  }
}

/** The Tamga-Signature value of a signing payload: `<keyId>:<base64url Ed25519 signature of its JCS bytes>`. */
export function signatureHeader(signingPayload: Record<string, unknown>, key: DeviceKey): string {
  return `${key.keyId}:${sign(key.privateKey, canonicalJsonBytes(signingPayload))}`;
}

/**
 * What a field device does before it records a fact: asks the endpoint what it would record
 * (`?dryRun=true`), signs the payload it answers, and returns the Tamga-Signature header to send
 * with the same request. It trusts the server's rendering; a device that renders EPCIS itself would
 * compare the hashes first. The request must name its
 * lot ids and times itself: an id or time the server chose would differ on the real request.
 */
export async function signFactRequest(request: FactRequest, key: DeviceKey): Promise<{ signature: string; dryRun: FactDryRun }> {
  const response = await fetch(`${request.captureUrl}${request.path}?dryRun=true`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${request.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request.body),
  });
  const text = await response.text();
  const answer = text ? (JSON.parse(text) as unknown) : null;
  if (response.status !== 200) throw new DryRunRefused(response.status, answer);
  const dryRun = answer as FactDryRun;
  return { signature: signatureHeader(dryRun.signingPayload, key), dryRun };
}
