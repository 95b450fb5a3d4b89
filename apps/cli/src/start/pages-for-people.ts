import { digitalLinkOf } from '#tamga/labels';
import { DEMO_LOT } from './demo-welcome';

/**
 * The pages a person opens, as "Tamga is running" lists them: the demo jar's QR page when the
 * demo is loaded (its GS1 Digital Link, the GTIN read back from the running service rather than
 * assumed), the inspector's desk, the export dossiers, the offline verifier and the log's latest
 * checkpoint.
 */
export async function pagesForPeople(provenanceUrl: string): Promise<string[]> {
  const pages = [
    `Inspector desk   ${provenanceUrl}/inspect          (sign in with the inspector's key)`,
    `Export dossiers  ${provenanceUrl}/exports          (each links its proof bundle)`,
    `Bundle verifier  ${provenanceUrl}/verify.html      (works offline; also dist/verify.html)`,
    `The Tamga log    ${provenanceUrl}/log/checkpoints/latest`,
  ];
  const gtin = await demoLotGtin(provenanceUrl);
  return gtin ? [`QR page (a jar)  ${digitalLinkOf(provenanceUrl, { gtin, lotId: DEMO_LOT })}`, ...pages] : pages;
}

async function demoLotGtin(provenanceUrl: string): Promise<string | undefined> {
  const lot = await getJson(`${provenanceUrl}/lots/${encodeURIComponent(DEMO_LOT)}`);
  const productId = typeof lot?.productId === 'string' ? lot.productId : undefined;
  if (!productId) return undefined;
  const product = await getJson(`${provenanceUrl}/products/${encodeURIComponent(productId)}`);
  return typeof product?.gtin === 'string' ? product.gtin : undefined;
}

async function getJson(url: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(url, { headers: { accept: 'application/json' } }).catch(() => undefined);
  return response?.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
}
