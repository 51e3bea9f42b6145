// When the notebook is busy with a change and when it is idle, for the work
// that runs beside the changes and must not hold them up: a compaction's
// slices (notebook.ts) and the search index's catch-up (search-sync.ts).

/** The longest a compaction's next slice waits for the change under way to end. */
const CHANGE_WAIT_MS = 50;
/** A compaction's slices wait for the saves to pause this long, so that a burst of saves never meets the disk busy… */
const QUIET_MS = 20;
/** …for this long at most after the compaction began; then its slices run in the gaps between saves. */
const DEFER_MS = 5000;

export class ChangeActivity {
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];
  /** When the last change ended (performance.now()). */
  private lastEnded = 0;

  /** Changes under way (0 when idle). */
  get changesRunning(): number {
    return this.running;
  }

  /** Runs `change`, counted as under way until it settles. */
  async track<T>(change: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await change();
    } finally {
      this.lastEnded = performance.now();
      if (--this.running === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  /**
   * Yields to the event loop, then waits until no change is under way (or
   * CHANGE_WAIT_MS have passed, so that a long change, or one waiting for the
   * very work that waits here, cannot stall it) and none was for QUIET_MS: a
   * compaction begun at `began` writes while the notebook is idle, and a save
   * made meanwhile seldom meets its writes on the disk. Saves that never pause
   * for DEFER_MS get the slices in the gaps between them; `stop()` ends the wait.
   */
  async betweenChanges(began: number, stop: () => boolean = () => false): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      if (this.running > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, CHANGE_WAIT_MS))),
        ]);
        clearTimeout(timer);
        if (this.running > 0) return;
      }
      const now = performance.now();
      const quiet = now - this.lastEnded;
      if (quiet >= QUIET_MS || now - began >= DEFER_MS || stop()) return;
      await new Promise<void>((resolve) => setTimeout(resolve, QUIET_MS - quiet));
    }
  }

  /**
   * Calls `work` once no change is under way and none ended in the last
   * QUIET_MS (or once `stop()` says so, with `true`). Work that holds the
   * changes' queue (the search index's catch-up) then runs while the saves
   * pause, not in the gap before the next save of a burst, which would wait
   * for it.
   */
  whenIdle(work: (stopped: boolean) => void, stop: () => boolean = () => false): void {
    const attempt = () =>
      setImmediate(() => {
        if (stop()) return work(true);
        if (this.running > 0) return this.idleWaiters.push(attempt);
        const quiet = performance.now() - this.lastEnded;
        if (quiet < QUIET_MS) setTimeout(attempt, QUIET_MS - quiet).unref();
        else work(false);
      });
    attempt();
  }
}
