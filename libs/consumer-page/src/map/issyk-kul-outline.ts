/**
 * Issyk-Kul's shore, approximate: traced by hand for this map from the positions of the towns and
 * villages on its shore (Balykchy at the western tip, Cholpon-Ata and Ananyevo on the north
 * shore, Tosor, Tamga and Barskoon on the south shore, the bays near Tup and Karakol in the east).
 * Good to a few kilometres, enough to show a reader which side of the lake a village is on; not
 * a survey. [longitude, latitude], WGS 84; the ring is closed.
 */
export const ISSYK_KUL_OUTLINE: readonly (readonly [number, number])[] = [
  [76.2, 42.45], [76.3, 42.53], [76.45, 42.58], [76.65, 42.61], [76.85, 42.63], [77.05, 42.635],
  [77.25, 42.65], [77.45, 42.67], [77.65, 42.69], [77.85, 42.7], [78.0, 42.71], [78.15, 42.72],
  [78.25, 42.68], [78.28, 42.6], [78.25, 42.52], [78.15, 42.46], [78.05, 42.4], [77.9, 42.33],
  [77.75, 42.26], [77.6, 42.2], [77.45, 42.18], [77.3, 42.17], [77.15, 42.15], [77.0, 42.15],
  [76.85, 42.17], [76.7, 42.21], [76.55, 42.27], [76.4, 42.33], [76.28, 42.39], [76.2, 42.45],
];

/** Where the lake's name is written: just above its north shore, clear of harvest marks on the south shore and of Bishkek's label. */
export const ISSYK_KUL_LABEL_AT: readonly [number, number] = [77.3, 42.86];

/** Bishkek, the capital, drawn for orientation: [longitude, latitude]. */
export const BISHKEK_AT: readonly [number, number] = [74.5698, 42.8746];
