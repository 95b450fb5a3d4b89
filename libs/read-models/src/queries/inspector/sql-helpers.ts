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

/**
 * An instant for a JSON array or object built in SQL, cheaply: the UTC wall time as a JSON
 * timestamp ("2026-07-20T03:00:00", fraction only when there is one). to_char costs several
 * times more per value, which on a page of hundreds of rows is milliseconds of the server's CPU;
 * isoFromUtc finishes the string in JavaScript.
 */
export function utcTimestamp(column: string): string {
  return `(${column} AT TIME ZONE 'UTC')`;
}

/** The ISO 8601 instant (UTC, milliseconds, as isoUtc writes it) of a utcTimestamp value; null stays null. */
export function isoFromUtc(timestamp: string): string;
export function isoFromUtc(timestamp: string | null): string | null;
export function isoFromUtc(timestamp: string | null): string | null {
  if (timestamp === null) return null;
  // "YYYY-MM-DDTHH:MI:SS" then ".f" to ".ffffff": milliseconds truncated, as to_char's MS does.
  return timestamp.length === 19 ? `${timestamp}.000Z` : `${`${timestamp}00`.slice(0, 23)}Z`;
}
