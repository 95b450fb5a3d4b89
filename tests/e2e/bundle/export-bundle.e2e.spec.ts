import { readFileSync } from 'node:fs';
import { keyFingerprintOf } from '#tamga/proof-bundle';
import { releaseTestKeys } from '../../support/test-keys';
import { useCheckpoints } from '../../support/use-checkpoints';
import { jsonOf } from '../../support/test-infrastructure';
import { useRunningTamga } from '../../support/use-running-tamga';
import { RecordedBundle, TAMPERINGS, fileOf, recordBundleJourney, tamga } from './recorded-bundle';

/**
 * The export proof bundle of a real recorded journey (capture API, Kafka, relay, Merkle log,
 * projector, provenance API): listed with `tamga shipments`, written by `tamga bundle` and by
 * GET /exports/{id}/bundle.json, verified by `tamga verify` in a process with no network at all,
 * and refused, naming the part, when one byte of an event, a proof, a key or the manifest changes.
 */
// Each test starts `tamga` (two Node processes) or a browser page: seconds each on a busy machine.
jest.setTimeout(60_000);

describe('export proof bundles: tamga shipments, bundle and verify (HTTP, Kafka, Postgres)', () => {
  // A checkpoint half a second after the log grows, so the bundle's wait for one is short.
  useCheckpoints({ every: 1_000_000, intervalMs: 500 });
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  let recorded: RecordedBundle;
  let bundleText: string;
  let bundlePath: string;
  const url = () => running.tamga.provenanceUrl;

  beforeAll(async () => {
    recorded = await recordBundleJourney(() => running.tamga.captureUrl, url);
    const written = await tamga(['bundle', '--shipment', recorded.journey.exportId, '--url', url()]);
    if (written.status !== 0) throw new Error(`tamga bundle exited ${written.status}: ${written.stderr}`);
    bundleText = written.stdout;
    bundlePath = fileOf(recorded.dir, 'bundle.json', bundleText);
  }, 180_000);

  it('lists the shipment with its date, destination, exporter, products and quantity, readable and as JSON', async () => {
    const { journey } = recorded;
    const json = await tamga(['shipments', '--json', '--url', url()]);
    expect(json.status).toBe(0);
    const listed = (JSON.parse(json.stdout) as { shipmentId: string }[]).find((s) => s.shipmentId === journey.exportId);
    expect(listed).toMatchObject({
      destinationCountry: 'JP',
      exporterId: journey.keys.exporter.partyId,
      lots: expect.arrayContaining([
        { lotId: journey.lots.bulk, productId: journey.ids.jam, quantity: { amount: 40, unit: 'KGM' } },
        { lotId: journey.lots.honey, productId: journey.ids.honey, quantity: { amount: 20, unit: 'KGM' } },
      ]),
    });
    const table = await tamga(['shipments', '--url', url()]);
    expect(table.status).toBe(0);
    const row = table.stdout.split('\n').find((line) => line.startsWith(journey.exportId))!;
    expect(row.split(/\s{2,}/)).toEqual([journey.exportId, '2026-09-12', 'JP', journey.keys.exporter.partyId, expect.stringContaining(journey.ids.jam), '60 KGM']);
  });

  it('writes one bundle: the trace as sealed EPCIS events, the master data, a proof per event against one checkpoint, the keys and a signed manifest', async () => {
    const bundle = JSON.parse(bundleText);
    expect(bundle.format).toBe('tamga-proof-bundle/1');
    expect(bundle.manifest.subject).toEqual({ shipmentId: recorded.journey.exportId, withheld: [] });
    const lots = new Set(bundle.events.map((e: { streamId: string }) => e.streamId));
    // Every lot reached back from the shipment's two lots; the jars split off the jam are not upstream.
    const { jars, ...upstream } = recorded.journey.lots;
    expect(lots).toEqual(new Set(Object.values(upstream)));
    expect(lots.has(jars)).toBe(false);
    expect(bundle.events.filter((e: { epcis?: unknown[] }) => e.epcis && e.epcis.length > 0).length).toBeGreaterThan(10);
    const streams = new Set(bundle.masterData.map((e: { streamId: string }) => e.streamId));
    for (const stream of [`place/${recorded.journey.ids.ananyevo}`, `product/${recorded.journey.ids.jam}`, `party/${recorded.journey.keys.aigul.partyId}`, 'service/signing-keys']) expect(streams.has(stream)).toBe(true);
    expect(bundle.proofs).toHaveLength(bundle.events.length + bundle.masterData.length);
    // The party, device and service keys with their registration (and revocation) times.
    const labKey = bundle.keys.find((k: { keyId: string }) => k.keyId === recorded.labDeviceKey.keyId);
    expect(labKey).toMatchObject({ kind: 'device', partyId: recorded.journey.keys.lab.partyId, publicKey: recorded.labDeviceKey.publicKey, revokedAt: expect.any(String) });
    expect(bundle.keys.filter((k: { kind: string }) => k.kind === 'service')).toHaveLength(1);
    const inspection = bundle.events.find((e: { type: string; streamId: string }) => e.type === 'lot.inspected' && e.streamId === recorded.journey.lots.honey);
    expect(inspection.signature).toMatchObject({ by: 'device', keyId: recorded.labDeviceKey.keyId });
    expect(Date.parse(inspection.recordedAt)).toBeLessThan(Date.parse(labKey.revokedAt));
    expect(bundleText).not.toContain(recorded.journey.personalDetails.phone);
    expect(bundleText).not.toContain(recorded.journey.personalDetails.personName);
    // The service answers the same bundle (but for its creation time and signature) to a download.
    const response = await recorded.provenance('GET', `/exports/${recorded.journey.exportId}/bundle.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="bundle-/);
    const served = await jsonOf(response);
    expect(served.events.map((e: { eventId: string }) => e.eventId)).toEqual(bundle.events.map((e: { eventId: string }) => e.eventId));
  });

  it('verifies offline, with a summary of villages, shares, certificates, checkpoint and service key', async () => {
    const { journey } = recorded;
    const bundle = JSON.parse(bundleText);
    const service = bundle.keys.find((k: { kind: string }) => k.kind === 'service');
    const verified = await tamga(['verify', bundlePath, '--trusted-key', keyFingerprintOf(service.publicKey)], { offline: true });
    expect(verified.stderr).toBe('');
    expect(verified.stdout).toMatch(/^VERIFIED: every check passed\./);
    expect(verified.status).toBe(0);
    for (const village of ['Ananyevo', 'Ak-Suu', 'Kaindy', 'Tamga']) expect(verified.stdout).toMatch(new RegExp(`  ${village} +\\d+\\.\\d\\d %`));
    expect(verified.stdout).toContain(`ORG-${journey.tag}`);
    expect(verified.stdout).not.toContain(journey.revokedCertificate);
    expect(verified.stdout).toContain(`Checkpoint: tree size ${bundle.checkpoint.treeSize}, root ${bundle.checkpoint.rootHash}`);
    expect(verified.stdout).toContain(`fingerprint ${service.fingerprint} (the pinned key)`);
    // Every record's signature verified, the device-signed inspection's with its since-revoked key.
    expect(verified.stdout).toContain(`${bundle.events.length + bundle.masterData.length} signatures, ${bundle.events.length + bundle.masterData.length} inclusion proofs`);
  });

  it.each(TAMPERINGS)('fails when one byte of $what changes, naming the $part', async ({ part, flip }) => {
    const tampered = flip(bundleText);
    expect([...tampered].filter((c, i) => c !== bundleText[i])).toHaveLength(1);
    const verified = await tamga(['verify', fileOf(recorded.dir, `tampered-${part}.json`, tampered)], { offline: true });
    expect(verified.status).toBe(1);
    expect(verified.stdout).toMatch(/^NOT VERIFIED/);
    expect(verified.stdout).toMatch(new RegExp(`✗ ${part}: `));
  });

  it('withholds the buyer: its value is absent from the file, and the bundle still verifies', async () => {
    const { journey } = recorded;
    const written = await tamga(['bundle', '--shipment', journey.exportId, '--withhold', 'buyer', '--url', url()]);
    expect(written.status).toBe(0);
    expect(written.stdout).not.toContain(journey.buyer.name);
    const verified = await tamga(['verify', fileOf(recorded.dir, 'withheld.json', written.stdout)], { offline: true });
    expect(verified.stdout).toMatch(/^VERIFIED/);
    expect(verified.stdout).toContain('Withheld by the exporter (shown only as commitments): buyer');
    expect(verified.status).toBe(0);
  });

  it('refuses an unknown withholding rule, naming it, on the command line and over HTTP', async () => {
    const cli = await tamga(['bundle', '--shipment', recorded.journey.exportId, '--withhold', 'everything', '--url', url()]);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('"everything" is neither a group');
    const response = await recorded.provenance('GET', `/exports/${recorded.journey.exportId}/bundle.json?withhold=everything`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await jsonOf(response)).errors).toEqual([expect.objectContaining({ field: 'withhold', rule: 'withholding-group-or-type-field' })]);
    expect((await recorded.provenance('GET', '/exports/NO-SUCH-EXPORT/bundle.json')).status).toBe(404);
  });

  it('links the bundle and the offline verifier from the dossier and the verify page', async () => {
    const dossier = await jsonOf(await recorded.provenance('GET', `/exports/${recorded.journey.exportId}/dossier`));
    expect(dossier.links.bundle).toMatch(new RegExp(`/exports/${recorded.journey.exportId}/bundle\\.json$`));
    expect(dossier.links.verifier).toMatch(/\/verify\.html$/);
    const page = await (await recorded.provenance('GET', `/exports/${recorded.journey.exportId}/verify`)).text();
    expect(page).toContain(`href="${dossier.links.bundle}"`);
    expect(page).toContain(`href="${dossier.links.verifier}"`);
    const html = await recorded.provenance('GET', '/verify.html');
    expect(html.status).toBe(200);
    expect(await html.text()).toBe(readFileSync(`${__dirname}/../../../dist/verify.html`, 'utf8'));
  });
});
