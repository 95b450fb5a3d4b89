import { releaseTestKeys } from '../../support/test-keys';
import { callWith } from '../../support/master-data-api';
import { eventually, jsonOf } from '../../support/test-infrastructure';
import { useRunningTamga } from '../../support/use-running-tamga';
import { recordExporterJourney } from '../exporter/exporter-journey';

/**
 * A bundle is never cut short: while no signed checkpoint covers the shipment's events (this run's
 * relay signs none), the service answers 503 problem+json with Retry-After rather than a bundle
 * whose newest events it could not prove.
 */
describe('the proof bundle of a shipment no checkpoint covers yet', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());

  it('is a 503 problem+json naming the rule, with Retry-After', async () => {
    const journey = await recordExporterJourney(() => running.tamga.captureUrl);
    const provenance = callWith(() => running.tamga.provenanceUrl);
    // The dossier answers once the trace is projected: from then on only the checkpoint is missing.
    await eventually(async () => ((await provenance('GET', `/exports/${journey.exportId}/dossier`)).status === 200 ? true : undefined), 30_000, 'the dossier');
    const response = await provenance('GET', `/exports/${journey.exportId}/bundle.json`);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await jsonOf(response)).toMatchObject({ status: 503, code: 'BUNDLE.NOT_YET_CHECKPOINTED', errors: [{ field: 'shipmentId', rule: 'checkpointed' }] });
  }, 120_000);
});
