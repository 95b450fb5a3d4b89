import { sendDemoRequest } from './demo-client';

/**
 * Waits until the provenance API shows every demo lot at (at least) the version the capture API
 * answered for it. Lots are spread over the topic's partitions, so the last lot recorded being
 * visible says nothing of the others: each is checked. A lot someone recorded more facts on since
 * counts too.
 */
export async function awaitDemoProjection(provenanceUrl: string, lotVersions: ReadonlyMap<string, number>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let waiting = [...lotVersions];
  for (;;) {
    const shown = await Promise.all(
      waiting.map(async ([lotId, version]) => {
        const answer = await sendDemoRequest(provenanceUrl, { method: 'GET', path: `/lots/${lotId}` });
        return answer.status === 200 && answer.body.version >= version;
      }),
    );
    waiting = waiting.filter((_, i) => !shown[i]);
    if (waiting.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`The demo season was recorded, but ${waiting.length} lot(s) did not reach the read models in ${timeoutMs / 1000} s: ${waiting.map(([id]) => id).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
