import { ReplyLike } from '#tamga/platform';
import { CommandResult } from './command-result';

/** Sends a command's result; a retry answered from the first result says so in a header. */
export function sendCommandResult(reply: ReplyLike, result: CommandResult): void {
  reply.status(result.status).header('Idempotent-Replayed', String(result.replayed)).send(result.body);
}
