import { EventDateRange } from './event-date-range';

/** Ask for the spreadsheet of every event that happened in a range. */
export class ExportEventsCsvQuery {
  constructor(readonly range: EventDateRange) {}
}
