import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { signingPayload } from '#tamga/integrity';
import { HARVEST_GROUP } from '../support/harvest-world';
import { harvestFor, lotIds } from '../support/harvests';

/** What the raw verify baseline measured. */
export interface VerifyBaseline {
  readonly verifications: number;
  readonly seconds: number;
  /** Verifications per second of this process's CPU time: one core's rate, whatever else the machine runs. */
  readonly perSecond: number;
  /** Verifications per second of wall-clock time (lower when other processes took the core). */
  readonly perWallSecond: number;
  readonly cpuSeconds: number;
  readonly payloadBytes: number;
}

/**
 * The single-core Ed25519 verify rate with node:crypto alone, in this process: one public key
 * imported once and reused (as capture reuses a device's imported key), 1,000 distinct harvest
 * signing payloads (ADR 0016's object, JCS bytes, the size capture verifies) signed beforehand,
 * verified round-robin for `ms` milliseconds after a warm-up. The rate is per second of this
 * process's CPU time (a shared machine takes the core away now and then; the wall-clock rate is
 * reported beside it).
 */
export function measureVerifyBaseline(run: string, ms: number): VerifyBaseline {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const reimported = createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' });
  const payloads = lotIds(run, 'V', 1000).map((lotId, i) =>
    Buffer.from(
      signingPayload({
        type: 'lot.harvested',
        streamIds: [lotId],
        occurredAt: new Date(harvestFor(lotId, i).harvestedAt).toISOString(),
        actorId: HARVEST_GROUP,
        epcisHashes: [`ni:///sha-256;${'0123456789abcdef'.repeat(4)}?ver=CBV2.0`],
      }),
    ),
  );
  const signatures = payloads.map((p) => sign(null, p, privateKey));
  const round = (n: number) => {
    let ok = 0;
    for (let i = 0; i < n; i++) if (verify(null, payloads[i % payloads.length], reimported, signatures[i % payloads.length])) ok++;
    if (ok !== n) throw new Error(`the baseline's own signatures failed to verify (${n - ok} of ${n})`);
  };
  round(2_000); // warm
  let verifications = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < ms) {
    round(1_000);
    verifications += 1_000;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { verifications, seconds, perSecond: verifications / cpuSeconds, perWallSecond: verifications / seconds, cpuSeconds, payloadBytes: payloads[0].length };
}
