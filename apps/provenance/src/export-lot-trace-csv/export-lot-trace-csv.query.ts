/** Ask for the spreadsheet of a lot's trace: its events and those of every lot up- and downstream. */
export class ExportLotTraceCsvQuery {
  constructor(
    readonly lotId: string,
    readonly maxDepth: number,
  ) {}
}
