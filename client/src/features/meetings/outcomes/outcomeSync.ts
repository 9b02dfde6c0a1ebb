import type { OutcomeEffect, OutcomeEvent } from './outcomeCache';

/** Events kept to replay onto a read that turns out older than events already applied. */
const REPLAY_MAX = 500;
/** How long a burst may gather before the one read it needs. */
export const READ_DELAY_MS = 150;
/** After a failed read (the network is gone), the next try waits longer. */
export const RETRY_DELAY_MS = 5_000;

interface OutcomeSyncOptions {
  /** Applies an event to the cache (outcomeCache.ts). */
  apply: (event: OutcomeEvent) => OutcomeEffect;
  /** Reads the outcomes again; answers the sequence the read is current to, or null when it failed. */
  read: () => Promise<number | null>;
}

/**
 * Keeps the outcome panels current from the event stream at one read per burst at most: events are applied to the
 * cache as they come; those that need a read (a new question, note or action item, whose text events never carry)
 * schedule one, which waits READ_DELAY_MS so a burst gathers, and none starts while one is under way. When a read
 * answers, the events received after its sequence are applied again on top of it, and if one of them needs a read
 * the next is scheduled: nothing is lost, nothing is read twice for one event.
 */
export class OutcomeSync {
  private readonly received: OutcomeEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private reading = false;
  private stopped = false;

  constructor(private readonly options: OutcomeSyncOptions) {}

  receive(event: OutcomeEvent): void {
    this.received.push(event);
    if (this.received.length > REPLAY_MAX) this.received.shift();
    // During a read, the replay after it decides whether another is needed.
    if (this.options.apply(event) === 'read' && !this.reading) this.schedule();
  }

  /** Something happened that no event here tells (events before the stream started): read once more. */
  readAgain(): void {
    if (!this.reading) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay = READ_DELAY_MS): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => void this.readNow(), delay);
  }

  private async readNow(): Promise<void> {
    this.timer = null;
    this.reading = true;
    const current = await this.options.read();
    this.reading = false;
    if (this.stopped) return;
    if (current === null) return this.schedule(RETRY_DELAY_MS);
    let again = false;
    for (const event of this.received) {
      if (event.sequence > current && this.options.apply(event) === 'read') again = true;
    }
    if (again) this.schedule();
  }
}
