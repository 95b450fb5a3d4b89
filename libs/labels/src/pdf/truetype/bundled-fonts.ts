import { readFileSync } from 'node:fs';
import { TrueTypeFont, readTrueTypeFont } from './truetype-font';

/**
 * The fonts Tamga prints non-Latin text with: Noto Sans (Latin, Cyrillic with Kyrgyz ң ө ү),
 * Noto Sans JP and Noto Sans SC (Japanese and Simplified Chinese forms of the Han characters),
 * Google's builds of Adobe's and Google's Noto fonts, SIL Open Font License 1.1, installed from
 * the npm registry by `npm ci` (pinned with their integrity in package-lock.json) and read from
 * node_modules: nothing is fetched at run time. See docs/adr/0013.
 */
export const BUNDLED_FONTS = {
  'noto-sans': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'noto-sans-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'noto-sans-jp': '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  'noto-sans-sc': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
} as const;

/** A bundled font by name. */
export type BundledFont = keyof typeof BUNDLED_FONTS;

const loaded = new Map<BundledFont, TrueTypeFont>();

/**
 * A bundled font, read and parsed once per process (the Chinese font is 10 MB; its tables are
 * read in place, glyphs copied only when a document uses them).
 */
export function bundledFont(name: BundledFont): TrueTypeFont {
  let font = loaded.get(name);
  if (!font) {
    font = readTrueTypeFont(readFileSync(require.resolve(BUNDLED_FONTS[name])));
    loaded.set(name, font);
  }
  return font;
}
