import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  readonly provenance: Call;
  /** A folder of this run's files. */
  readonly dir: string;
}

/**
 * Records the exporter's journey (each fact with its own party's key, over HTTP, through Kafka into
 * the read models), waits until the dossier is whole, then until a signed checkpoint covers the
 * shipment (the bundle answers 503 until then).
 */
export async function recordBundleJourney(captureUrl: () => string, provenanceUrl: () => string): Promise<RecordedBundle> {
  const journey = await recordExporterJourney(captureUrl);
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
    last = { status: response.status, body: (await response.text()).slice(0, 2000) };
    return response.status === 200 ? true : undefined;
  }, 60_000, `a checkpoint covering ${journey.exportId}`).catch((error) => {
    throw new Error(`${error.message}; last answer: ${JSON.stringify(last)}`);
  });
  return { journey, provenance, dir: mkdtempSync(join(tmpdir(), 'tamga-bundle-')) };
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
