import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { ServiceSigningKey } from '#tamga/event-store';
import { checkpointText, nodesForRoot, rootFromNodes, toHex, utf8 } from '#tamga/integrity';
import { LogCheckpointer, readLogNodes } from '#tamga/merkle-log';
import { post } from '../support/capture-client';
import { harvestFor, lotIds } from '../support/harvests';
import { fmt, percentile, sleep } from '../support/stats';
import { logSize } from './relay.phase';

/** What one checkpoint costs, whole and by part, in ms. */
export interface CheckpointMeasured {
  readonly checkpoints: number;
  readonly treeSize: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** The root from stored subtree hashes: one query and the hashing. */
  readonly rootP50Ms: number;
  /** The service key's Ed25519 signature over the checkpoint text. */
  readonly signP50Ms: number;
  /** The checkpointer's state query alone (answered when nothing is due). */
  readonly stateP50Ms: number;
  /** What is left of the p50 for the sealed append of the checkpoint event and its row: p50 − state − root − signature. */
  readonly appendP50Ms: number;
}

/**
 * Times LogCheckpointer.checkpointIfDue (every leaf due) in this process, `count` times, each after
 * the log grew by one harvest (posted by a producer with its own key, server-signed, and given its
 * leaf by the running relay): the log's state query, the root from stored nodes, the service key's
 * signature, and the sealed append of the log.checkpoint-signed event with its integrity.checkpoints
 * row. A checkpoint the relay made first (its 10 s interval) is skipped. Each is asked again at once
 * (nothing due: the state query alone); then the root and the signature alone, 200 times each, so
 * what is left is the append's.
 */
export async function checkpointPhase(pool: Pool, captureUrl: string, producer: { apiKey: string; partyId: string }, run: string, count: number): Promise<CheckpointMeasured> {
  const checkpointer = new LogCheckpointer(pool, { every: 1, intervalMs: 0 });
  const times: number[] = [];
  const stateTimes: number[] = [];
  const lots = lotIds(run, 'C', count * 2);
  for (let i = 0; times.length < count && i < lots.length; i++) {
    const before = await logSize(pool);
    // Every 40th harvest of harvestFor is in the producer's own village (tamga): one event, no origin flag.
    const harvest = { ...harvestFor(lots[i], i * 40), producerId: producer.partyId };
    await post(`${captureUrl}/harvests`, producer.apiKey, JSON.stringify(harvest));
    const deadline = Date.now() + 30_000;
    while ((await logSize(pool)) <= before) {
      if (Date.now() > deadline) throw new Error('the relay gave the harvest no leaf in 30 s');
      await sleep(10);
    }
    const started = performance.now();
    const checkpoint = await checkpointer.checkpointIfDue();
    if (!checkpoint) continue;
    times.push(performance.now() - started);
    // Asked again at once, nothing is due (the log grew only by the checkpoint): the state query alone.
    const again = performance.now();
    if (!(await checkpointer.checkpointIfDue())) stateTimes.push(performance.now() - again);
  }
  const treeSize = await logSize(pool);
  const key = await ServiceSigningKey.load(pool);
  const rootTimes: number[] = [];
  const signTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    let t = performance.now();
    const root = rootFromNodes(treeSize, await readLogNodes(pool, nodesForRoot(treeSize)));
    rootTimes.push(performance.now() - t);
    t = performance.now();
    key.sign(utf8(checkpointText({ treeSize, rootHash: toHex(root), timestamp: new Date().toISOString() })));
    signTimes.push(performance.now() - t);
  }
  const measured: CheckpointMeasured = {
    checkpoints: times.length,
    treeSize,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: percentile(times, 100),
    rootP50Ms: percentile(rootTimes, 50),
    signP50Ms: percentile(signTimes, 50),
    stateP50Ms: percentile(stateTimes, 50),
    appendP50Ms: percentile(times, 50) - percentile(stateTimes, 50) - percentile(rootTimes, 50) - percentile(signTimes, 50),
  };
  console.log(
    `  checkpoint at ${fmt(treeSize)} leaves: p50 ${measured.p50Ms.toFixed(2)} ms, p99 ${measured.p99Ms.toFixed(2)} ms (${times.length} made); ` +
      `state query ${measured.stateP50Ms.toFixed(2)} ms, root from stored nodes ${measured.rootP50Ms.toFixed(2)} ms, signature ${measured.signP50Ms.toFixed(3)} ms, ` +
      `so the sealed append about ${measured.appendP50Ms.toFixed(2)} ms`,
  );
  return measured;
}
