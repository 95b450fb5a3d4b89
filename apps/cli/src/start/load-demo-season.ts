import { DEMO_HARVESTS, DEMO_IDEMPOTENCY_KEY } from './demo-season';

/**
 * Records the demo season through the capture API, as any client would, and waits until the
 * provenance API shows its last lot. Safe to repeat: the idempotency key makes a rerun a no-op.
 */
export async function loadDemoSeason(captureUrl: string, provenanceUrl: string): Promise<string[]> {
  const response = await fetch(`${captureUrl}/harvests/batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': DEMO_IDEMPOTENCY_KEY },
    body: JSON.stringify({ harvests: DEMO_HARVESTS }),
  });
  if (response.status !== 201) {
    throw new Error(`Loading the demo season failed: ${response.status} ${await response.text()}`);
  }
  const lotIds = DEMO_HARVESTS.map((h) => h.lotId);
  const last = lotIds[lotIds.length - 1];
  const deadline = Date.now() + 30_000;
  while ((await fetch(`${provenanceUrl}/lots/${last}`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('The demo season was recorded but did not reach the read models in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return lotIds;
}
