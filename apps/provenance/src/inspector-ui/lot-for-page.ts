import { assertLotId } from '#tamga/domain';
import { PageResult, refusalOf } from './inspector-browser';

/**
 * Runs a lot page's reads for a lot code from the path: a code no lot could have is the
 * bad-code page (400), a lot not recorded the not-found page (404), both in the reader's language.
 */
export async function lotForPage(lotId: string, read: (lotId: string) => Promise<string>): Promise<PageResult> {
  try {
    return await read(assertLotId(lotId, 'lotId', 'malformed'));
  } catch (error) {
    const refusal = refusalOf(error, { lotId });
    if (refusal) return refusal;
    throw error;
  }
}
