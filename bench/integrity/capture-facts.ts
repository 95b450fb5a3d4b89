import { DeviceKey, signFactRequest } from '#tamga/device-signing';
import { HarvestRequest, harvestFor, lotIds } from '../support/harvests';

/** One item of POST /lot-facts/batch as a field device uploads it. */
export interface OfflineFact {
  readonly kind: 'harvest';
  readonly fact: HarvestRequest;
  readonly signature?: string;
}

/** A producer of the harvest world recording its own harvests (in its own village): who, and where. */
export interface OwnHarvests {
  readonly producerId: string;
  readonly villageId: string;
}

/**
 * `count` harvests of a phase, unsigned (the server signs them when their party has no key): the
 * village group's, or with `own`, a producer's own.
 */
export function unsignedHarvests(run: string, phase: string, count: number, from = 0, own?: OwnHarvests): OfflineFact[] {
  return lotIds(run, phase, count, from).map((lotId, i) => ({ kind: 'harvest', fact: { ...harvestFor(lotId, from + i), ...own } }));
}

/**
 * `count` harvests signed as a device signs them (libs/device-signing): each asked of POST
 * /harvests?dryRun=true and its signing payload signed with the device key, `concurrency` at a
 * time. The batch item carries the signature the Tamga-Signature header would.
 */
export async function signedHarvests(
  captureUrl: string,
  apiKey: string,
  key: DeviceKey,
  run: string,
  phase: string,
  count: number,
  concurrency: number,
  own?: OwnHarvests,
): Promise<{ facts: OfflineFact[]; payloadBytes: number }> {
  const harvests = unsignedHarvests(run, phase, count, 0, own);
  const facts: OfflineFact[] = new Array(count);
  let payloadBytes = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const { signature, dryRun } = await signFactRequest({ captureUrl, path: '/harvests', apiKey, body: harvests[i].fact }, key);
      payloadBytes = Buffer.byteLength(JSON.stringify(dryRun.signingPayload));
      facts[i] = { ...harvests[i], signature };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { facts, payloadBytes };
}
