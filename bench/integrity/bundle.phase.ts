import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyBundle } from '#tamga/proof-bundle';
import { repoRoot } from '#tamga/local-infra';
import { fmt, percentile, sleep } from '../support/stats';

/** The export proof bundle of the journey's shipment: size, events, and the time to make and verify it. */
export interface BundleMeasured {
  readonly shipmentId: string;
  readonly events: number;
  readonly masterData: number;
  readonly proofs: number;
  readonly bytes: number;
  /** GET /exports/{id}/bundle.json, first byte to last, median of the repeats. */
  readonly makeMs: number;
  /** `tamga verify bundle.json` as a user runs it (a new Node process: its start-up included), median. */
  readonly cliVerifyMs: number;
  /** verifyBundle of the parsed bundle in this process, median. */
  readonly verifyMs: number;
  readonly repeats: number;
}

/**
 * Waits (up to 15 minutes: the projector has the whole backlog to fold) until the provenance service
 * answers the shipment's bundle (404 until the dossier is projected, 503 until a checkpoint covers
 * it), then fetches it `repeats` times, verifies it with `tamga verify` and in process as often, and
 * refuses to report a bundle that does not verify.
 */
export async function bundlePhase(provenanceUrl: string, shipmentId: string, repeats: number): Promise<BundleMeasured> {
  const url = `${provenanceUrl}/exports/${encodeURIComponent(shipmentId)}/bundle.json`;
  const deadline = Date.now() + 15 * 60_000;
  let last = '';
  for (;;) {
    const response = await fetch(url);
    if (response.status === 200) break;
    last = `${response.status}: ${(await response.text()).slice(0, 300)}`;
    if (Date.now() > deadline) throw new Error(`the bundle of ${shipmentId} was not ready in 15 minutes; last answer ${last}`);
    await sleep(1000);
  }
  const makeTimes: number[] = [];
  let text = '';
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const response = await fetch(url);
    text = await response.text();
    makeTimes.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tamga-bench-bundle-'));
  try {
    const file = join(dir, 'bundle.json');
    writeFileSync(file, text);
    const cli = join(repoRoot(), 'bin', 'tamga.js');
    const cliTimes: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      const verified = spawnSync(process.execPath, [cli, 'verify', file], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KAFKA_BROKERS: '' } });
      cliTimes.push(performance.now() - started);
      if (verified.status !== 0) throw new Error(`tamga verify exited ${verified.status}: ${verified.stdout.slice(-1500)}${verified.stderr.slice(-1500)}`);
    }
    const verifyTimes: number[] = [];
    let parsed: { events: unknown[]; masterData: unknown[]; proofs: unknown[] } | null = null;
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      parsed = JSON.parse(text);
      const report = await verifyBundle(parsed);
      verifyTimes.push(performance.now() - started);
      if (!report.ok) throw new Error(`verifyBundle failed: ${JSON.stringify(report.failures).slice(0, 1500)}`);
    }
    const measured: BundleMeasured = {
      shipmentId,
      events: parsed!.events.length,
      masterData: parsed!.masterData.length,
      proofs: parsed!.proofs.length,
      bytes: Buffer.byteLength(text),
      makeMs: percentile(makeTimes, 50),
      cliVerifyMs: percentile(cliTimes, 50),
      verifyMs: percentile(verifyTimes, 50),
      repeats,
    };
    console.log(
      `  bundle of ${shipmentId}: ${measured.events} events, ${measured.masterData} master data records, ${fmt(measured.bytes)} bytes; ` +
        `made in ${measured.makeMs.toFixed(0)} ms, tamga verify ${measured.cliVerifyMs.toFixed(0)} ms, verifyBundle ${measured.verifyMs.toFixed(0)} ms (medians of ${repeats})`,
    );
    return measured;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
