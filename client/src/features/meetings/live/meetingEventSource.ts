/** Events kept for a listener that starts late (a section mounting after events came). */
const KEEP_MAX = 500;

/**
 * The live page's one `meetingEvent` stream, shared by its sections: each listens here instead of opening a
 * subscription of its own. The stream started after sequence `startedAfter` and is gap-free from there (the server
 * replays what a dropped socket missed), so a listener asking for the events after a sequence gets those kept, then
 * each as it comes; `gap` tells it when some it asked for were never here to give (it reads its state again).
 */
export class MeetingEventSource<E extends { sequence: number }> {
  private readonly listeners = new Set<(event: E) => void>();
  private readonly kept: E[] = [];
  /** Every event after this one is kept (it moves on as old ones are dropped). */
  private keptAfter: number;

  constructor(startedAfter: number) {
    this.keptAfter = startedAfter;
  }

  emit(event: E): void {
    this.kept.push(event);
    if (this.kept.length > KEEP_MAX) this.keptAfter = this.kept.shift()!.sequence;
    for (const listener of this.listeners) listener(event);
  }

  listen(after: number, listener: (event: E) => void): { gap: boolean; stop: () => void } {
    for (const event of this.kept) if (event.sequence > after) listener(event);
    this.listeners.add(listener);
    return { gap: after < this.keptAfter, stop: () => this.listeners.delete(listener) };
  }
}
