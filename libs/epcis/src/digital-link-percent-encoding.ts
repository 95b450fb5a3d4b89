/**
 * Characters that may appear unescaped in an EPC URI component but must be percent-encoded in a
 * GS1 Digital Link path segment (GS1 Digital Link URI syntax, table of characters to escape).
 * Escapes already present in the EPC URI (%22, %25, %26, %2F, %3C, %3E, %3F) are kept as they are.
 */
const DIGITAL_LINK_ESCAPES: Readonly<Record<string, string>> = {
  '!': '%21',
  '(': '%28',
  ')': '%29',
  '*': '%2A',
  '+': '%2B',
  ',': '%2C',
  ':': '%3A',
};

/** Percent-encodes the characters of an EPC URI component that GS1 Digital Link requires escaped. */
export function encodeForDigitalLink(component: string): string {
  return component.replace(/[!()*+,:]/g, (ch) => DIGITAL_LINK_ESCAPES[ch] as string);
}
