import { DomainError } from '#tamga/domain';
import { CERTIFICATE_LANGUAGES, CertificateLanguage, isCertificateLanguage } from '#tamga/labels';

/**
 * The certificate's language: `?lang=` when given (anything but en, ru, ja or zh is a 400, so a
 * typo is not silently printed in English), else the most preferred supported language of
 * Accept-Language (RFC 9110 12.5.4: q-values, a region or script subtag ignored, `*` left out),
 * else English.
 */
export function certificateLanguageOf(lang: string | undefined, acceptLanguage: string | undefined): CertificateLanguage {
  if (lang !== undefined) {
    if (!isCertificateLanguage(lang)) {
      throw new DomainError('CERTIFICATE.UNSUPPORTED_LANGUAGE', 'malformed', `No certificate of origin in language "${lang}"`, [
        { field: 'lang', rule: 'certificate-language', message: `must be one of ${CERTIFICATE_LANGUAGES.join(', ')}`, value: lang },
      ]);
    }
    return lang;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0 && isCertificateLanguage(r.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.language as CertificateLanguage | undefined) ?? 'en';
}
