/** The languages a certificate of origin is printed in: an export buyer reads one of these. */
export const CERTIFICATE_LANGUAGES = ['en', 'ru', 'ja', 'zh'] as const;

/** A language of the certificate. */
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/** Whether a text names a certificate language. */
export function isCertificateLanguage(text: string): text is CertificateLanguage {
  return (CERTIFICATE_LANGUAGES as readonly string[]).includes(text);
}
