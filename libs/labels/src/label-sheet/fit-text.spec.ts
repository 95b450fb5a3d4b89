import { textWidth } from '../pdf/helvetica';
import { fitLine, wrapLines } from './fit-text';

describe('fitting label text', () => {
  it('measures with the Helvetica metrics: "Made in Kyrgyzstan" in bold at 7 pt', () => {
    expect(textWidth('Made in Kyrgyzstan', 'Helvetica-Bold', 7)).toBeCloseTo(65.74, 2);
  });

  it('sets a line smaller before it cuts anything, and cuts with an ellipsis only below the smallest size', () => {
    const lot = 'Lot TMG-HNY-26-001-XYZW';
    const fitted = fitLine(lot, 'Helvetica', 7, textWidth(lot, 'Helvetica', 6), 5);
    expect(fitted).toEqual({ text: lot, size: 6 });
    const cut = fitLine(lot, 'Helvetica', 7, 30, 5);
    expect(cut.size).toBe(5);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textWidth(cut.text, 'Helvetica', 5)).toBeLessThanOrEqual(30);
  });

  it('wraps a name at word boundaries into at most two lines, ending a longer one with an ellipsis', () => {
    expect(wrapLines('White sainfoin honey', 'Helvetica-Bold', 8, 70, 2)).toEqual(['White sainfoin', 'honey']);
    const lines = wrapLines('Very long product name that goes on and on about honey', 'Helvetica-Bold', 8, 70, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((l) => textWidth(l, 'Helvetica-Bold', 8) <= 70)).toBe(true);
  });
});
