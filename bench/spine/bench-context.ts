import { ProcessGroups } from '../support/cpu';
import { post } from '../support/capture-client';
import { RunTopic } from '../support/progress';
import { RunningServices } from '../support/tamga-services';

/** What the spine's phases share. */
export interface Bench extends RunTopic {
  readonly run: string;
  readonly tamga: RunningServices;
  readonly groups: ProcessGroups;
  /**
   * The capture API demands a key on every write: one per bench client, each a key of the village
   * group whose members' harvests the bench records. Client i uses apiKeys[i % length].
   */
  readonly apiKeys: readonly string[];
}

/** POST /harvests/batch as client `client`; anything but a 201 is an error. */
export async function postBatch(bench: Bench, client: number, body: string): Promise<void> {
  await post(`${bench.tamga.captureUrl}/harvests/batch`, keyOf(bench, client), body);
}

/** POST /harvests as client `client`; anything but a 201 is an error. */
export async function postSingle(bench: Bench, client: number, body: string): Promise<void> {
  await post(`${bench.tamga.captureUrl}/harvests`, keyOf(bench, client), body);
}

function keyOf(bench: Bench, client: number): string {
  return bench.apiKeys[client % bench.apiKeys.length];
}
