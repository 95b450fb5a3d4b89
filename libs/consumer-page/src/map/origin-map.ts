import { KYRGYZSTAN_BOUNDS } from '#tamga/domain';
import { escapeHtml } from '../html/escape';
import { BISHKEK_AT, ISSYK_KUL_LABEL_AT, ISSYK_KUL_OUTLINE } from './issyk-kul-outline';
import { KYRGYZSTAN_OUTLINE } from './kyrgyzstan-outline';

/** Map units per degree of latitude; longitude is shrunk by the cosine of the middle latitude (an equirectangular map). */
const SCALE = 100;
const B = KYRGYZSTAN_BOUNDS;
const X_SCALE = SCALE * Math.cos((((B.north + B.south) / 2) * Math.PI) / 180);
const WIDTH = Math.round((B.east - B.west) * X_SCALE);
const HEIGHT = Math.round((B.north - B.south) * SCALE);

/** A point's position on the map, in map units, rounded: the page carries integers, not long decimals. */
export function project([longitude, latitude]: readonly [number, number]): [number, number] {
  return [Math.round((longitude - B.west) * X_SCALE), Math.round((B.north - latitude) * SCALE)];
}

const pathOf = (ring: readonly (readonly [number, number])[]): string =>
  `M${ring.slice(0, -1).map((p) => project(p).join(' ')).join('L')}Z`;

// The outlines never change: drawn once per process, not per page.
const COUNTRY = pathOf(KYRGYZSTAN_OUTLINE);
const LAKE = pathOf(ISSYK_KUL_OUTLINE);

/** What to mark on the map, and the texts on it (already in the reader's language). */
export interface OriginMapInput {
  /** Harvest places, [longitude, latitude]. */
  readonly points: readonly (readonly [number, number])[];
  /** Written beside the marks when there is one place to name (several would overlap). */
  readonly label: { readonly text: string; readonly lang: string } | null;
  readonly title: string;
  readonly lake: string;
  readonly capital: string;
}

/** How many harvest marks a map draws: beyond that they only cover each other. */
export const MAX_MARKS = 24;

/**
 * A small static map of Kyrgyzstan as inline SVG: the border, Issyk-Kul, Bishkek for orientation
 * and a mark for each harvest place. No tiles, fonts or scripts, nothing fetched: it is drawn from
 * outlines bundled with Tamga, and scales to the page's width.
 */
export function originMapSvg(input: OriginMapInput): string {
  const marks = input.points.slice(0, MAX_MARKS).map(project);
  const [bx, by] = project(BISHKEK_AT);
  const [lx, ly] = project(ISSYK_KUL_LABEL_AT);
  const label = input.label && marks.length > 0 ? labelSvg(input.label, marks[0]) : '';
  return (
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="map-title" font-size="26">` +
    `<title id="map-title">${escapeHtml(input.title)}</title>` +
    `<path d="${COUNTRY}" fill="#eef1e6" stroke="#6b7a5e" stroke-width="3" stroke-linejoin="round"/>` +
    `<path d="${LAKE}" fill="#9ec9e2" stroke="#5f98bb" stroke-width="2"/>` +
    `<text x="${lx}" y="${ly}" text-anchor="middle" fill="#2d6187">${escapeHtml(input.lake)}</text>` +
    `<rect x="${bx - 7}" y="${by - 7}" width="14" height="14" fill="#444"/>` +
    `<text x="${bx + 14}" y="${by + 9}" fill="#444">${escapeHtml(input.capital)}</text>` +
    marks.map(([x, y]) => `<circle class="origin" cx="${x}" cy="${y}" r="11" fill="#c0392b" stroke="#fff" stroke-width="4"/>`).join('') +
    label +
    `</svg>`
  );
}

/** The place's name beside its mark, on a white halo so it reads over the lake or the border. */
function labelSvg(label: { text: string; lang: string }, [x, y]: [number, number]): string {
  const leftOfMark = x > WIDTH * 0.7;
  const anchor = leftOfMark ? 'end' : 'start';
  const tx = leftOfMark ? x - 18 : x + 18;
  const text = escapeHtml(label.text);
  return (
    `<text x="${tx}" y="${y + 40}" text-anchor="${anchor}" lang="${escapeHtml(label.lang)}" font-weight="700" fill="#7a1f16" ` +
    `stroke="#fff" stroke-width="6" paint-order="stroke">${text}</text>`
  );
}
