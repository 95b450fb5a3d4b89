import { ProofBundle } from '../format/proof-bundle';
import { flipOneByte } from '../testing/flip-one-byte.testing';
import { syntheticBundle } from '../testing/synthetic-bundle.testing';
import { keyFingerprintOf } from '../format/key-fingerprint';
import { reportText } from './report-text';
import { verifyBundle } from './verify-bundle';

const verifyText = (text: string, trustedKey?: string) => verifyBundle(JSON.parse(text), trustedKey ? { trustedKey } : {});

describe('verifyBundle', () => {
  let bundle: ProofBundle;
  let text: string;
  let serviceFingerprint: string;
  beforeAll(async () => {
    const made = await syntheticBundle();
    bundle = made.bundle;
    text = JSON.stringify(bundle);
    serviceFingerprint = keyFingerprintOf(made.serviceKey.publicKey);
  });

  it('passes a bundle as recorded, and says where the shipment comes from and what was checked', async () => {
    const report = await verifyText(text, serviceFingerprint);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toMatchObject({ events: 2, masterData: 5, epcisEvents: 2, signatures: 7, proofs: 7, keys: 2, withheldFields: 0 });
    expect(report.counts.chainLinks).toBeGreaterThanOrEqual(6);
    expect(report.summary).toMatchObject({ shipmentId: 'EX-1', destinationCountry: 'JP', villages: [{ villageId: 'village:tamga', name: 'Tamga', percent: 100 }] });
    expect(report.serviceKey).toEqual({ keyId: bundle.manifest.signature.keyId, fingerprint: serviceFingerprint, pinned: true });
    expect(reportText(report)).toMatch(/^VERIFIED/);
    expect(reportText(report)).toContain('Tamga');
  });

  it.each([
    ['an event (the harvested quantity)', '"amount":25', 9, 'event', /lot\.harvested on HN-1 v1.*record hash/],
    ['a proof (one hash of its path)', '"path":["', 12, 'proof', /proof of event/],
    ['a key (a public key)', '"publicKey":"', 14, 'key', /key /],
    ['the manifest (its creation time)', '"created":"', 14, 'manifest', /signature/],
    ['the checkpoint (its root)', '"rootHash":"', 13, 'checkpoint', /signature/],
    ['an EPCIS event (its time)', '"eventTime":"', 16, 'epcis', /EPCIS event 1 hashes to/],
    ['the manifest signature\'s algorithm', '"alg":"Ed25519","value"', 8, 'manifest', /algorithm/],
  ])('fails when one byte of %s changes, naming the part', async (_what, anchor, offset, part, message) => {
    const report = await verifyText(flipOneByte(text, anchor, offset));
    expect(report.ok).toBe(false);
    expect(report.failures).toContainEqual(expect.objectContaining({ part }));
    const named = report.failures.find((f) => f.part === part)!;
    expect(`${named.subject}: ${named.message}`).toMatch(message);
    expect(reportText(report)).toMatch(/^NOT VERIFIED/);
  });

  it('fails, or stops being JSON, whichever byte of the file changes', async () => {
    // Every 7th position of the whole file (a few hundred, spread over every section), each
    // changed to another printable character: nothing in a bundle may be left unbound.
    const survivors: string[] = [];
    for (let i = 0; i < text.length; i += 7) {
      const changed = text.slice(0, i) + (text[i] === 'x' ? 'y' : 'x') + text.slice(i + 1);
      let json: unknown;
      try {
        json = JSON.parse(changed);
      } catch {
        continue;
      }
      if ((await verifyBundle(json)).ok) survivors.push(`${i}: …${text.slice(Math.max(0, i - 30), i + 10)}…`);
    }
    expect(survivors).toEqual([]);
  });

  it('fails a bundle signed by another service key than the pinned one', async () => {
    const report = await verifyText(text, `sha-256:${'0'.repeat(64)}`);
    expect(report.ok).toBe(false);
    expect(report.failures).toEqual([expect.objectContaining({ part: 'trust' })]);
  });

  it('verifies a bundle whose buyer is withheld, and the buyer is nowhere in it', async () => {
    const made = await syntheticBundle('buyer');
    const withheld = JSON.stringify(made.bundle);
    expect(withheld).not.toContain(made.buyerName);
    const report = await verifyText(withheld);
    expect(report.failures).toEqual([]);
    expect(report.counts.withheldFields).toBe(1);
    expect(report.withheld).toEqual(['buyer']);
    // The export's EPCIS event would show the buyer: it is left out, its hash stays bound.
    expect(report.counts.epcisEvents).toBe(1);
  });

  it('fails a bundle that drops an event its chain and proofs need', async () => {
    const dropped = JSON.parse(text) as { proofs: { eventId: string }[]; events: { eventId: string }[] };
    dropped.proofs = dropped.proofs.filter((p) => p.eventId !== dropped.events[0].eventId);
    const report = await verifyBundle(dropped);
    expect(report.failures).toContainEqual(expect.objectContaining({ part: 'section', subject: 'proofs' }));
    expect(report.failures).toContainEqual(expect.objectContaining({ part: 'proof', message: 'has no inclusion proof' }));
  });

  it('refuses what is not a bundle, naming why', async () => {
    expect((await verifyBundle({ format: 'other' })).failures).toEqual([expect.objectContaining({ part: 'format' })]);
    expect((await verifyBundle([])).ok).toBe(false);
  });
});

describe('verifyBundle on a bundle that leaves something out', () => {
  it('names a lot whose middle event is missing, and a shipment with no export among the events', async () => {
    const { bundle } = await syntheticBundle();
    const json = JSON.parse(JSON.stringify(bundle)) as { events: { type: string; streamVersion: number }[] };
    // Dropping the harvest (v1) leaves the export (v2) alone on its lot: a gap, even with no chain link to check.
    json.events = json.events.filter((e) => e.type !== 'lot.harvested');
    const report = await verifyBundle(json);
    expect(report.failures).toContainEqual({ part: 'chain', subject: 'lot HN-1', message: expect.stringContaining('v1 are missing') });
    const noExport = JSON.parse(JSON.stringify(bundle)) as { events: { type: string }[] };
    noExport.events = noExport.events.filter((e) => e.type !== 'lot.exported');
    expect((await verifyBundle(noExport)).failures).toContainEqual(expect.objectContaining({ part: 'event', subject: 'shipment EX-1' }));
  });
});
