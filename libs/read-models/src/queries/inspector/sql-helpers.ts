/**
 * An instant as JSON from SQL: ISO 8601 in UTC with milliseconds, whatever the session's TimeZone
 * (json_build_object would write a timestamptz in the session's zone).
 */
export function isoUtc(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** Rows of a subquery as a JSON array ('[]' when none): several result sets in one round trip. */
export function jsonRows(select: string): string {
  return `(SELECT coalesce(json_agg(row_to_json(x)), '[]'::json) FROM (${select}) x)`;
}
