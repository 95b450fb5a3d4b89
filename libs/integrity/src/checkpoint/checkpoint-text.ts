import { LOG_NAME, type CheckpointBody } from './checkpoint';

const ROOT_HEX = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Thrown for a checkpoint whose fields could not be written unambiguously. */
export class CheckpointFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointFormatError';
  }
}

/**
 * The text a checkpoint signature is over (ADR 0016): `tamga\n<treeSize>\n<rootHash hex>\n<timestamp>\n`.
 * Each field is checked so no value can smuggle a newline or a second spelling of the same number.
 */
export function checkpointText(body: CheckpointBody): string {
  const problem = checkpointBodyProblem(body);
  if (problem !== null) throw new CheckpointFormatError(problem);
  return `${LOG_NAME}\n${body.treeSize}\n${body.rootHash}\n${body.timestamp}\n`;
}

/** Why a checkpoint body is malformed, or null if it is well formed. */
export function checkpointBodyProblem(body: CheckpointBody): string | null {
  if (!Number.isSafeInteger(body.treeSize) || body.treeSize < 0) return `treeSize must be a whole number ≥ 0, not ${String(body.treeSize)}`;
  if (typeof body.rootHash !== 'string' || !ROOT_HEX.test(body.rootHash)) return 'rootHash must be 64 lowercase hex characters';
  if (typeof body.timestamp !== 'string' || !ISO_UTC.test(body.timestamp) || Number.isNaN(Date.parse(body.timestamp))) {
    return 'timestamp must be ISO 8601 UTC with milliseconds (YYYY-MM-DDTHH:mm:ss.sssZ)';
  }
  return null;
}
