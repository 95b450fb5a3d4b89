import { Client, Pool } from 'pg';
import { CommittedEventFeed, EVENTS_APPENDED_CHANNEL, FeedCheckpoint, StoredEvent } from '#tamga/event-store';
import { KafkaEventPublisher } from '#tamga/messaging';

const RETRY_AFTER_MS = 1_000;
const STOP_WAIT_MS = 5_000;

/** How the relay paces itself. */
export interface RelaySettings {
  readonly name: string;
  readonly batchSize: number;
  /** The longest it sleeps when idle; a commit notification wakes it sooner. */
  readonly idleWaitMs: number;
}

/** Observers of the relay, for logs and the fault tests. */
export interface RelayHooks {
  /** After Kafka acknowledged a batch, before the checkpoint moves. Throwing simulates a crash there. */
  readonly afterPublish?: (events: readonly StoredEvent[]) => void;
  /** After the checkpoint moved past a batch. */
  readonly onPublished?: (events: readonly StoredEvent[]) => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Publishes every committed event to Kafka, in commit order, at least once.
 *
 * It publishes a batch, waits for acks=all, and only then moves its checkpoint: a crash in
 * between republishes the batch, and the projector absorbs the duplicates. One relay runs at a
 * time per name: it holds a session advisory lock on its own connection (which also LISTENs for
 * commits), and a relay that loses that connection stops publishing until it holds the lock again.
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
    let checkpoint: FeedCheckpoint | null = null;
    while (this.running) {
      try {
        if (!this.session) {
          await this.lead();
          checkpoint = null;
          continue;
        }
        checkpoint ??= await feed.loadCheckpoint(this.settings.name);
        this.notified = false;
        const events = await feed.readAfter(checkpoint, this.settings.batchSize);
        if (events.length === 0) {
          await this.sleep(this.settings.idleWaitMs);
          continue;
        }
        await this.publisher.publish(events.map(publicEnvelope));
        this.hooks.afterPublish?.(events);
        const last = events[events.length - 1];
        checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
        await feed.saveCheckpoint(this.settings.name, checkpoint);
        this.hooks.onPublished?.(events);
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
