import { CommandResult } from './command-result';

/** The part of a Fastify reply a controller uses. */
export interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}

/** Sends a command's result; a retry answered from the first result says so in a header. */
export function sendCommandResult(reply: ReplyLike, result: CommandResult): void {
  reply.status(result.status).header('Idempotent-Replayed', String(result.replayed)).send(result.body);
}
