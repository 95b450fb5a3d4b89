import { QUIET_ZONE_MODULES, QrCode, darkRuns } from '../qr/qr-code';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

/**
 * An SVG of a QR code: one module is one user unit, the viewBox includes the 4-module quiet zone,
 * and the dark modules are a single path of one rectangle per horizontal run (a few kilobytes for
 * a Digital Link). The white background makes the quiet zone real on a dark page; crispEdges
 * keeps renderers from antialiasing module edges into grey seams. It scales to any print size.
 */
export function qrSvg(code: QrCode): string {
  const side = code.size + 2 * QUIET_ZONE_MODULES;
  const d = darkRuns(code)
    .flatMap((runs, y) => runs.map(([x, n]) => `M${x + QUIET_ZONE_MODULES} ${y + QUIET_ZONE_MODULES}h${n}v1h-${n}z`))
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-label="${escapeXml(code.text)}">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>\n`
  );
}
