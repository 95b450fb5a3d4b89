import { Client, Pool } from 'pg';
import { CommittedEventFeed, EVENTS_APPENDED_CHANNEL, StoredEvent } from '#tamga/event-store';
import { KafkaEventPublisher } from '#tamga/messaging';

const RETRY_AFTER_MS = 1_000;

/** How the relay paces itself. */
export interface RelaySettings {
  readonly name: string;
  readonly batchSize: number;
  /** The longest it sleeps when idle; a commit notification wakes it sooner. */
  readonly idleWaitMs: number;
}

/**
 * Publishes every committed event to Kafka, in commit order, at least once.
 *
 * It publishes a batch, waits for acks=all, and only then moves its checkpoint: a crash in
 * between republishes the batch, and the projector absorbs the duplicates. One relay runs at a
 * time per name (a session advisory lock); a second waits as a standby.
 */
export class EventRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private listener: Client | null = null;
  private notified = false;

  constructor(
    private readonly pool: Pool,
    private readonly databaseUrl: string,
    private readonly publisher: KafkaEventPublisher,
    private readonly settings: RelaySettings,
    private readonly onPublished: (events: readonly StoredEvent[]) => void = () => undefined,
    private readonly onError: (error: unknown) => void = (error) => console.error('relay:', error),
  ) {}

  /** Starts relaying in the background. */
  async start(): Promise<void> {
    this.listener = new Client({ connectionString: this.databaseUrl, application_name: 'tamga-relay' });
    // A lost listener only costs the wake-ups: the loop still polls, and reports the error.
    this.listener.on('error', (error) => this.onError(error));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${EVENTS_APPENDED_CHANNEL}`);
    this.listener.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in flight; nothing published is left unrecorded in the checkpoint. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end();
  }

  private async run(): Promise<void> {
    const feed = new CommittedEventFeed(this.pool);
    await this.becomeLeader();
    let checkpoint = await feed.loadCheckpoint(this.settings.name);
    while (this.running) {
      try {
        this.notified = false;
        const events = await feed.readAfter(checkpoint, this.settings.batchSize);
        if (events.length === 0) {
          await this.sleep(this.settings.idleWaitMs);
          continue;
        }
        await this.publisher.publish(events.map(publicEnvelope));
        const last = events[events.length - 1];
        checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
        await feed.saveCheckpoint(this.settings.name, checkpoint);
        this.onPublished(events);
      } catch (error) {
        // Kafka or Postgres is away: try again from the durable checkpoint, never skip ahead.
        this.onError(error);
        await this.sleep(RETRY_AFTER_MS);
        checkpoint = await feed.loadCheckpoint(this.settings.name).catch(() => checkpoint);
      }
    }
  }

  // Two relays interleaving would break per-lot order; the lock lives as long as the listener's session.
  private async becomeLeader(): Promise<void> {
    while (this.running) {
      const { rows } = await this.listener!.query<{ leader: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS leader',
        [`relay:${this.settings.name}`],
      );
      if (rows[0].leader) return;
      await this.sleep(this.settings.idleWaitMs);
    }
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
