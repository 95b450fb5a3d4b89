/** Points per millimetre: PDF user space is 1/72 inch. */
export const PT_PER_MM = 72 / 25.4;

/**
 * Where labels sit on an A4 sheet: 3 columns of 7 labels of 63.5 × 38.1 mm, the common "21 per
 * sheet" self-adhesive layout (Avery L7160 and its equivalents), so a run prints on stock labels
 * sold in Bishkek as well as on plain paper to cut. All lengths in millimetres from the top left.
 */
export const LABEL_LAYOUT = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  columns: 3,
  rows: 7,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  leftMarginMm: 7.2,
  topMarginMm: 15.15,
  columnPitchMm: 66.04,
  rowPitchMm: 38.1,
  /** The QR code's square, quiet zone included, at the label's left. */
  qrSideMm: 32,
  paddingMm: 2,
} as const;

/** Labels on one sheet. */
export const LABELS_PER_PAGE = LABEL_LAYOUT.columns * LABEL_LAYOUT.rows;

/** A label's top-left corner in PDF points (origin bottom left, y up), by its index on its page. */
export function labelOrigin(indexOnPage: number): { readonly x: number; readonly top: number } {
  const L = LABEL_LAYOUT;
  const column = indexOnPage % L.columns;
  const row = Math.floor(indexOnPage / L.columns);
  return {
    x: (L.leftMarginMm + column * L.columnPitchMm) * PT_PER_MM,
    top: (L.pageHeightMm - L.topMarginMm - row * L.rowPitchMm) * PT_PER_MM,
  };
}
