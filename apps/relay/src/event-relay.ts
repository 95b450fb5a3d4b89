import { Client, Pool } from 'pg';
import { CommittedEventFeed, EVENTS_APPENDED_CHANNEL, FeedCheckpoint, inTransaction, StoredEvent } from '#tamga/event-store';
import { KafkaEventPublisher } from '#tamga/messaging';
import { CheckpointPolicy, LogCheckpointer, LogLeaf, MerkleLogWriter } from '#tamga/merkle-log';

const RETRY_AFTER_MS = 1_000;
const STOP_WAIT_MS = 5_000;

/** How the relay paces itself. */
export interface RelaySettings {
  readonly name: string;
  readonly batchSize: number;
  /** The longest it sleeps when idle; a commit notification wakes it sooner. */
  readonly idleWaitMs: number;
  /** When to sign a log checkpoint; without it this relay signs none (another process does). */
  readonly checkpoints?: CheckpointPolicy;
}

/** Observers of the relay, for logs and the fault tests. */
export interface RelayHooks {
  /** After Kafka acknowledged a batch, before the checkpoint moves. Throwing simulates a crash there. */
  readonly afterPublish?: (events: readonly StoredEvent[]) => void;
  /** After the checkpoint moved past a batch, with the batch's leaves in the Merkle log. */
  readonly onPublished?: (events: readonly StoredEvent[], leaves: readonly LogLeaf[]) => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Publishes every committed event to Kafka, in commit order, at least once.
 *
 * It publishes a batch, waits for acks=all, and only then moves its checkpoint: a crash in
 * between republishes the batch, and the projector absorbs the duplicates. One relay runs at a
 * time per name: it holds a session advisory lock on its own connection (which also LISTENs for
 * commits), and a relay that loses that connection stops publishing until it holds the lock again.
 *
 * It also writes the Merkle log (ADR 0016): each event's leaf index is planned before the publish
 * (it travels as a message header) and stored, with the subtree hashes it completes, in the
 * transaction that moves the checkpoint. A crash in between republishes the batch with the same
 * indices, because an event's index is its place in commit order. Relays of other names (tests,
 * a second topic) read the same order and agree on every index; the log's own lock serialises them.
 */
export class EventRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private session: Client | null = null;
  private notified = false;

  constructor(
    private readonly pool: Pool,
    private readonly databaseUrl: string,
    private readonly publisher: KafkaEventPublisher,
    private readonly settings: RelaySettings,
    private readonly hooks: RelayHooks = {},
  ) {}

  /** Starts relaying in the background. */
  async start(): Promise<void> {
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in flight (waiting at most a few seconds for Kafka), and lets go of the lock. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await Promise.race([this.loop, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    await this.session?.end().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const feed = new CommittedEventFeed(this.pool);
    const log = new MerkleLogWriter(this.pool);
    const checkpointer = this.settings.checkpoints ? new LogCheckpointer(this.pool, this.settings.checkpoints) : null;
    let checkpoint: FeedCheckpoint | null = null;
    while (this.running) {
      try {
        if (!this.session) {
          await this.lead();
          checkpoint = null;
          continue;
        }
        if (!checkpoint) {
          checkpoint = await feed.loadCheckpoint(this.settings.name);
          // Events published before the log existed get their leaves first, so leaf i stays the i-th event.
          await log.catchUp(feed, checkpoint);
        }
        this.notified = false;
        const events = await feed.readAfter(checkpoint, this.settings.batchSize);
        if (events.length === 0) {
          await checkpointer?.checkpointIfDue();
          await this.sleep(this.settings.idleWaitMs);
          continue;
        }
        const leaves = await log.assign(events);
        await this.publisher.publish(events.map(publicEnvelope), leaves.map((l) => l.leafIndex));
        this.hooks.afterPublish?.(events);
        const last = events[events.length - 1];
        const next = { transactionId: last.transactionId, globalPosition: last.globalPosition };
        await inTransaction(this.pool, async (client) => {
          await log.record(client, leaves);
          await feed.saveCheckpoint(this.settings.name, next, client);
        });
        checkpoint = next;
        this.hooks.onPublished?.(events, leaves);
        await checkpointer?.checkpointIfDue();
      } catch (error) {
        // Kafka or Postgres is away: start again from the durable checkpoint, never skip ahead.
        (this.hooks.onError ?? ((e) => console.error('relay:', e)))(error);
        checkpoint = null;
        await this.sleep(RETRY_AFTER_MS);
      }
    }
  }

  // Opens the relay's own session, LISTENs on it and waits until it holds the relay's lock.
  private async lead(): Promise<void> {
    const session = new Client({ connectionString: this.databaseUrl, application_name: `tamga-relay:${this.settings.name}` });
    const lost = () => {
      if (this.session === session) this.session = null; // the lock went with the connection
    };
    session.on('error', (error) => {
      lost();
      (this.hooks.onError ?? ((e) => console.error('relay:', e)))(error);
    });
    session.on('end', lost);
    session.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    await session.connect();
    try {
      await session.query(`LISTEN ${EVENTS_APPENDED_CHANNEL}`);
      while (this.running) {
        const { rows } = await session.query<{ leader: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS leader', [
          `relay:${this.settings.name}`,
        ]);
        if (rows[0].leader) {
          this.session = session;
          return;
        }
        await this.sleep(this.settings.idleWaitMs); // another relay of this name is publishing
      }
    } catch (error) {
      await session.end().catch(() => undefined);
      throw error;
    }
    await session.end().catch(() => undefined);
  }



  private sleep(ms: number): Promise<void> {
    if (this.notified || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

function publicEnvelope(event: StoredEvent) {
  const { transactionId: _internal, ...envelope } = event;
  return envelope;
}
