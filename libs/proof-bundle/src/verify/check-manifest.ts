import { verifySignature } from '#tamga/integrity';
import { BUNDLE_SECTION_NAMES, BundleKey, ProofBundle } from '../format/proof-bundle';
import { manifestPayload } from '../format/manifest-payload';
import { sectionHashOf } from '../format/section-hash';
import { Failures } from './failures';

/**
 * The manifest binds every section by its hash and is signed by a service key; when a fingerprint
 * is pinned, that key must be the one pinned. Returns the service key that signed, if it did.
 */
export async function checkManifest(bundle: ProofBundle, keys: ReadonlyMap<string, BundleKey>, failures: Failures, trustedKey?: string): Promise<BundleKey | null> {
  const { manifest } = bundle;
  for (const name of BUNDLE_SECTION_NAMES) {
    const hash = sectionHashOf(bundle[name]);
    if (manifest.sections[name] !== hash) failures.add('section', name, `the ${name} section hashes to ${hash}, not the ${manifest.sections[name]} the manifest signs`);
  }
  if (manifest.signature.alg !== 'Ed25519') failures.add('manifest', 'signature', `its algorithm is ${JSON.stringify(manifest.signature.alg)}, not Ed25519`);
  if (manifest.format !== bundle.format) failures.add('manifest', 'format', `the manifest signs format ${JSON.stringify(manifest.format)}, the file says ${bundle.format}`);
  const key = keys.get(manifest.signature.keyId);
  if (!key || key.kind !== 'service') {
    failures.add('manifest', 'signature', `signed by key ${manifest.signature.keyId}, which is not a service key the bundle proves`);
    return null;
  }
  const { signature, ...unsigned } = manifest;
  if (!(await verifySignature(key.publicKey, manifestPayload(unsigned), signature.value))) {
    failures.add('manifest', 'signature', `the manifest's signature does not verify with service key ${key.keyId}`);
    return null;
  }
  if (trustedKey !== undefined && normaliseFingerprint(trustedKey) !== key.fingerprint) {
    failures.add('trust', `key ${key.keyId}`, `the bundle is signed by service key ${key.fingerprint}, not the trusted ${trustedKey}`);
  }
  return key;
}

/** A pinned fingerprint as given (`sha-256:…` or bare hex), in the form keys carry. */
export function normaliseFingerprint(fingerprint: string): string {
  const hex = fingerprint.trim().toLowerCase().replace(/^sha-?256:/, '');
  return `sha-256:${hex}`;
}
