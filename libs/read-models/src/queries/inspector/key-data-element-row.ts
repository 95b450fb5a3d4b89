/**
 * One row of the inspector's spreadsheet: one event of one lot with its FSMA 204-style key data
 * elements, every value as text. The property order is the column order.
 */
export interface KeyDataElementRow {
  readonly traceability_lot_code: string;
  readonly product_description: string;
  readonly product_id: string;
  readonly gtin: string;
  readonly critical_tracking_event: string;
  /** Kyrgyzstan calendar date of the event. */
  readonly event_date: string;
  /** Kyrgyzstan wall-clock time of the event, with offset. */
  readonly event_time: string;
  readonly quantity: string;
  /** UN/CEFACT Recommendation 20 code (KGM, LTR, H87...). */
  readonly unit_of_measure: string;
  readonly location_description: string;
  readonly location_id: string;
  readonly location_gln: string;
  /** Several documents are listed in order, separated by "; ", in both columns. */
  readonly reference_document_type: string;
  readonly reference_document_number: string;
  readonly source_party_id: string;
  readonly source_location_id: string;
  readonly destination_party_id: string;
  readonly destination_location_id: string;
  /** An organisation without a party id (an export's buyer), or "consumer" for a retail sale. */
  readonly destination_name: string;
  readonly destination_country: string;
  readonly input_lot_codes: string;
  readonly output_lot_codes: string;
  /** standing, corrected or retracted. */
  readonly record_status: string;
  readonly amends_event_id: string;
  readonly recorded_at: string;
  readonly recorded_by: string;
  readonly tamga_event_type: string;
  readonly event_id: string;
}

/** The spreadsheet's columns, in order. */
export const KEY_DATA_ELEMENT_COLUMNS: readonly (keyof KeyDataElementRow)[] = [
  'traceability_lot_code', 'product_description', 'product_id', 'gtin', 'critical_tracking_event', 'event_date', 'event_time',
  'quantity', 'unit_of_measure', 'location_description', 'location_id', 'location_gln', 'reference_document_type',
  'reference_document_number', 'source_party_id', 'source_location_id', 'destination_party_id', 'destination_location_id',
  'destination_name', 'destination_country', 'input_lot_codes', 'output_lot_codes', 'record_status', 'amends_event_id',
  'recorded_at', 'recorded_by', 'tamga_event_type', 'event_id',
];
