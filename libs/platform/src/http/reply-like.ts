/** The part of a Fastify reply that Tamga's controllers and error filter write to. */
export interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}
