import { keyFingerprintOf } from '../format/key-fingerprint';
import { BundleKey } from '../format/proof-bundle';
import { verifiedSummaryOf } from '../summary/verified-summary';
import { checkChains } from './check-chains';
import { checkCheckpoint } from './check-checkpoint';
import { checkEpcis } from './check-epcis';
import { checkKeys } from './check-keys';
import { checkManifest } from './check-manifest';
import { checkProofs } from './check-proofs';
import { checkSignatures } from './check-signatures';
import { Failures } from './failures';
import { readBundle } from './read-bundle';
import { recomputeRecords } from './recompute-records';
import { VerificationReport } from './verification-report';

/**
 * Verifies a proof bundle (docs/adr/0017) with nothing but the bundle: the manifest's signature and
 * section hashes, every record hash from shown values and withheld commitments, every EPCIS event's
 * CBV 2.0 hash, every event signature with a key valid when it was recorded, every inclusion proof
 * against the checkpoint, the checkpoint's signature, the per-lot chains, and the keys against
 * their registrations in the log. Every check runs, so the report names every failure; the summary
 * is computed from the verified records only. Runs in Node and, bundled, in a browser (verify.html):
 * libs/integrity's SHA-256 and Ed25519 are node:crypto's there and portable/WebCrypto here.
 */
export async function verifyBundle(json: unknown, options: { trustedKey?: string } = {}): Promise<VerificationReport> {
  const failures = new Failures();
  const bundle = readBundle(json);
  const none = { events: 0, masterData: 0, epcisEvents: 0, withheldFields: 0, signatures: 0, proofs: 0, chainLinks: 0, keys: 0 };
  if (typeof bundle === 'string') {
    failures.add('format', 'bundle', bundle);
    return { ok: false, failures: failures.list, counts: none, withheld: [], checkpoint: null, serviceKey: null, summary: null };
  }
  const events = recomputeRecords(bundle.events, failures);
  const masterData = recomputeRecords(bundle.masterData, failures);
  const all = [...events, ...masterData];
  const keys = checkKeys(bundle.keys, all, failures);
  const serviceKey = await checkManifest(bundle, keys, failures, options.trustedKey);
  const epcisEvents = checkEpcis(events, bundle.epcisContext, failures);
  const signatures = await checkSignatures(all, keys, failures);
  await checkCheckpoint(bundle.checkpoint, keys, failures);
  const proofs = checkProofs(all, bundle.proofs, bundle.checkpoint, failures);
  const chainLinks = checkChains(all, failures);
  const shipmentId = bundle.manifest.subject.shipmentId;
  const summary = verifiedSummaryOf(shipmentId, events, masterData);
  if (summary.exportDate === null) failures.add('event', `shipment ${shipmentId}`, summary.originNote ?? 'no standing export of the shipment is among the events');
  return {
    ok: failures.list.length === 0,
    failures: failures.list,
    counts: {
      events: bundle.events.length,
      masterData: bundle.masterData.length,
      epcisEvents,
      withheldFields: all.reduce((n, r) => n + r.withheldFields.length, 0),
      signatures,
      proofs,
      chainLinks,
      keys: keys.size,
    },
    withheld: bundle.manifest.subject.withheld ?? [],
    checkpoint: { treeSize: bundle.checkpoint.treeSize, rootHash: bundle.checkpoint.rootHash, timestamp: bundle.checkpoint.timestamp },
    serviceKey: serviceKey ? { keyId: serviceKey.keyId, fingerprint: fingerprintOf(serviceKey), pinned: options.trustedKey !== undefined } : null,
    summary,
  };
}

const fingerprintOf = (key: BundleKey): string => keyFingerprintOf(key.publicKey);
