import { DryRunRefused, signFactRequest } from '#tamga/device-signing';
import { DemoKey } from './demo-keys';

/** The endpoint each kind of offline fact has of its own, where the device asks what it would sign. */
const PATH_OF_KIND: Readonly<Record<string, string>> = { harvest: '/harvests' };

/** An offline upload's body: facts with their kind, the device's id and the endpoint's body. */
type Upload = { readonly facts: readonly { readonly kind: string; readonly clientEventId: string; readonly fact: object }[] };

/**
 * Signs each fact of a field device's upload with the device's key, as the device would before it
 * uploads: it asks the fact's own endpoint what it would record (dryRun) and signs that. A fact
 * already recorded by an earlier start cannot be decided again (its lot exists): it goes unsigned,
 * and the upload recognises it by its clientEventId and records nothing.
 */
export async function signDemoUpload(captureUrl: string, key: DemoKey, upload: Upload): Promise<Upload> {
  const signingKey = key.signingKey!;
  const facts = [];
  for (const item of upload.facts) {
    const path = PATH_OF_KIND[item.kind];
    if (!path) throw new Error(`Demo data: the field device signs ${item.kind} facts, but the demo knows no endpoint to sign them at`);
    try {
      const { signature } = await signFactRequest({ captureUrl, path, apiKey: key.apiKey, body: item.fact }, signingKey);
      facts.push({ ...item, signature });
    } catch (error) {
      if (!(error instanceof DryRunRefused && error.status === 409)) throw error;
      facts.push(item);
    }
  }
  return { ...upload, facts };
}
