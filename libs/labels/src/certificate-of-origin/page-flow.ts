import { EmbeddedFonts } from '../pdf/embedded-fonts';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 48;

const n = (v: number) => String(Number(v.toFixed(2)));

/** Lines of text flowed down A4 pages, a new page when one is full. */
export class PageFlow {
  readonly pages: string[] = [''];
  private y = A4.height - MARGIN;

  constructor(private readonly fonts: EmbeddedFonts) {}

  get left(): number {
    return MARGIN;
  }

  get width(): number {
    return A4.width - 2 * MARGIN;
  }

  /** Space left on the page; starts a new page when less than `needed`. */
  ensure(needed: number): void {
    if (this.y - needed < MARGIN + 24) {
      this.pages.push('');
      this.y = A4.height - MARGIN;
    }
  }

  /** Moves down. */
  skip(points: number): void {
    this.y -= points;
  }

  /** The current baseline height, before a line is set. */
  get top(): number {
    return this.y;
  }

  /** Sets one line at x; bold is drawn by also stroking the outlines (CJK fonts come in one weight here). */
  line(text: string, size: number, options: { x?: number; bold?: boolean; advance?: boolean } = {}): void {
    this.ensure(size * 1.4);
    const x = options.x ?? MARGIN;
    const y = this.y - size;
    const mode = options.bold ? `2 Tr ${n(size * 0.035)} w ` : '0 Tr ';
    this.pages[this.pages.length - 1] += `BT ${mode}1 0 0 1 ${n(x)} ${n(y)} Tm ${this.fonts.show(text, size)} ET\n`;
    if (options.advance !== false) this.y -= size * 1.45;
  }

  /** Words (or CJK characters) wrapped to a width; a line breaks at spaces, or between any two characters of text without them. */
  paragraph(text: string, size: number, width = this.width, x = MARGIN, bold = false): void {
    for (const line of this.wrap(text, size, width)) this.line(line, size, { x, bold });
  }

  wrap(text: string, size: number, width: number): string[] {
    const lines: string[] = [];
    let current = '';
    const tokens = text.match(/[^\s\u3000-\u9fff\uff00-\uffef]+\s*|[\u3000-\u9fff\uff00-\uffef]\s*|\s+/g) ?? [];
    for (const token of tokens) {
      if (current && this.fonts.widthOf((current + token).trimEnd(), size) > width) {
        lines.push(current.trimEnd());
        current = token.trimStart();
      } else current += token;
    }
    if (current.trim()) lines.push(current.trimEnd());
    return lines;
  }

  /** A row of cells at given x offsets, each wrapped to its column; the row is as tall as its tallest cell. */
  row(cells: readonly string[], columns: readonly number[], size: number, bold = false): void {
    const wrapped = cells.map((c, i) => this.wrap(c, size, (columns[i + 1] ?? this.width) - columns[i] - 6));
    const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.35 + 3;
    this.ensure(height);
    const top = this.y;
    wrapped.forEach((lines, i) => {
      this.y = top;
      for (const l of lines) this.line(l, size, { x: MARGIN + columns[i], bold, advance: false }), (this.y -= size * 1.35);
    });
    this.y = top - height;
    this.rule();
  }

  /** A thin horizontal line across the text width. */
  rule(): void {
    this.pages[this.pages.length - 1] += `0.6 G 0.4 w ${n(MARGIN)} ${n(this.y + 1.5)} m ${n(A4.width - MARGIN)} ${n(this.y + 1.5)} l S 0 G\n`;
  }

  /** Raw operators on the current page (an image, a frame). */
  draw(operators: string): void {
    this.pages[this.pages.length - 1] += operators;
  }
}
