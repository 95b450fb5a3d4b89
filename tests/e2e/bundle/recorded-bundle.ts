import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signFactRequest } from '#tamga/device-signing';
import { SigningKeyPair, generateSigningKey } from '#tamga/integrity';
import { flipOneByte } from '../../../libs/proof-bundle/src/testing/flip-one-byte.testing';
import { Call, callWith } from '../../support/master-data-api';
import { eventually, jsonOf } from '../../support/test-infrastructure';
import { ExporterJourney, recordExporterJourney } from '../exporter/exporter-journey';

/** The built `tamga` command, run as a user runs it. */
export const CLI = join(__dirname, '..', '..', '..', 'bin', 'tamga.js');

/**
 * Runs `tamga ARGS` as a user would; with `offline`, in a network namespace of its own
 * (`unshare -n`: no interface but a loopback that is down): no service, no database, no network.
 * Asynchronous, since the services it asks run in this test's own process.
 */
export function tamga(args: readonly string[], options: { offline?: boolean } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const [command, commandArgs] = options.offline ? ['unshare', ['-n', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const child = spawn(command, commandArgs, { env: { ...process.env, DATABASE_URL: '', KAFKA_BROKERS: '' } });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** A journey recorded through the capture API, its dossier projected, and its bundles fetched. */
export interface RecordedBundle {
  readonly journey: ExporterJourney;
  /** The lab's field-device key: it signed an inspection of the exported honey, then was revoked (rotated). */
  readonly labDeviceKey: SigningKeyPair;
  readonly provenance: Call;
  /** A folder of this run's files. */
  readonly dir: string;
}

/**
 * Records the exporter's journey (each fact with its own party's key, over HTTP, through Kafka into
 * the read models), then a lab inspection of the exported honey signed on the lab's field device
 * (Tamga-Signature), whose key is revoked right after (a rotation: the earlier signature stays
 * valid); waits until the dossier is whole and a signed checkpoint covers all of it (the bundle
 * answers 503 until then).
 */
export async function recordBundleJourney(captureUrl: () => string, provenanceUrl: () => string): Promise<RecordedBundle> {
  const journey = await recordExporterJourney(captureUrl);
  const { lab } = journey.keys;
  const labDeviceKey = generateSigningKey();
  const capture = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${captureUrl()}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...lab.headers, ...headers }, body: JSON.stringify(body) });
  const registered = await capture(`/parties/${lab.partyId}/signing-keys`, { publicKey: labDeviceKey.publicKey, device: 'lab-tablet-1' });
  if (registered.status !== 201) throw new Error(`registering the lab's device key answered ${registered.status}: ${await registered.text()}`);
  // A device names its fact's id itself: one the server chose would differ between the dry run and the request.
  const inspection = { inspectionId: `LAB-${journey.tag}`, results: [{ parameter: 'moisture', value: 17.2, unit: '%', max: 20 }], inspectedAt: '2026-09-13T10:00:00+06:00' };
  const path = `/lots/${journey.lots.honey}/inspections`;
  const { signature } = await signFactRequest({ captureUrl: captureUrl(), path, apiKey: lab.apiKey, body: inspection }, { keyId: labDeviceKey.keyId, privateKey: labDeviceKey.privateKey });
  const inspected = await capture(path, inspection, { 'Tamga-Signature': signature });
  if (inspected.status !== 201) throw new Error(`the signed inspection answered ${inspected.status}: ${await inspected.text()}`);
  const revoked = await capture(`/parties/${lab.partyId}/signing-keys/${labDeviceKey.keyId}/revocation`, { reason: 'rotated' });
  if (revoked.status !== 201 && revoked.status !== 200) throw new Error(`revoking the lab's device key answered ${revoked.status}: ${await revoked.text()}`);
  const provenance = callWith(provenanceUrl);
  let last: unknown;
  await eventually(async () => {
    const response = await provenance('GET', `/exports/${journey.exportId}/dossier`);
    const body = (last = { status: response.status, body: await jsonOf(response) }).body;
    return response.status === 200 && body.shipment.lots.length === 2 && body.origin.complete && body.trace.lots.length === 7 ? body : undefined;
  }, 30_000, `the dossier of ${journey.exportId}`).catch((error) => {
    throw new Error(`${error.message}; last answer: ${JSON.stringify(last).slice(0, 2000)}`);
  });
  await eventually(async () => {
    const response = await provenance('GET', `/exports/${journey.exportId}/bundle.json`);
    const text = await response.text();
    last = { status: response.status, body: text.slice(0, 2000) };
    if (response.status !== 200) return undefined;
    const bundle = JSON.parse(text) as { events: { type: string; signature: { by: string } }[]; keys: { keyId: string; revokedAt: string | null }[] };
    const signedInspection = bundle.events.some((e) => e.type === 'lot.inspected' && e.signature.by === 'device');
    const rotated = bundle.keys.some((k) => k.keyId === labDeviceKey.keyId && k.revokedAt !== null);
    return signedInspection && rotated ? true : undefined;
  }, 60_000, `a checkpoint covering ${journey.exportId}, its signed inspection and the key's revocation`).catch((error) => {
    throw new Error(`${error.message}; last answer: ${JSON.stringify(last)}`);
  });
  return { journey, labDeviceKey, provenance, dir: mkdtempSync(join(tmpdir(), 'tamga-bundle-')) };
}

/** The four one-byte changes the issue names, each with the part a verifier must name. */
export const TAMPERINGS = [
  { what: 'an event', part: 'event', flip: (text: string) => flipOneByte(text, '"actorId":"', 11, '"events":[') },
  { what: 'a proof', part: 'proof', flip: (text: string) => flipOneByte(text, '"path":["', 12, '"proofs":[') },
  { what: 'a key', part: 'key', flip: (text: string) => flipOneByte(text, '"publicKey":"', 14, '"keys":[') },
  { what: 'the manifest', part: 'manifest', flip: (text: string) => flipOneByte(text, '"created":"', 14, '"manifest":{') },
] as const;

/** Writes a file of the run and returns its path. */
export function fileOf(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
