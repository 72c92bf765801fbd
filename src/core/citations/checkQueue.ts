// Checks notes in the background: one after the other, yielding to other work whenever a run of checks
// has taken a slice of time, so that a workspace of many quotes never holds up the thread for long.

export interface CheckQueueOptions {
  /** Checks run for about this long before the queue yields (default 8 ms). */
  sliceMs?: number;
  /** Lets other work run (default: a zero timeout, so timers and I/O get their turn). */
  pause?: () => Promise<void>;
  onError?: (path: string, error: unknown) => void;
}

export class CheckQueue {
  private readonly waiting = new Set<string>();
  private running: Promise<void> | undefined;

  constructor(
    private readonly check: (path: string) => Promise<unknown>,
    private readonly options: CheckQueueOptions = {},
  ) {}

  /** Queues notes (a note already waiting keeps its place); resolves when the queue is empty. */
  add(paths: Iterable<string>): Promise<void> {
    for (const path of paths) this.waiting.add(path);
    if (this.waiting.size > 0) this.running ??= this.run();
    return this.idle();
  }

  /** Resolves when nothing is waiting or being checked. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  clear(): void {
    this.waiting.clear();
  }

  private async run(): Promise<void> {
    const sliceMs = this.options.sliceMs ?? 8;
    const pause = this.options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    try {
      let sliceStart = Date.now();
      while (this.waiting.size > 0) {
        const [path] = this.waiting;
        this.waiting.delete(path);
        try {
          await this.check(path);
        } catch (error) {
          this.options.onError?.(path, error);
        }
        if (Date.now() - sliceStart >= sliceMs) {
          await pause();
          sliceStart = Date.now();
        }
      }
    } finally {
      this.running = undefined; // no await between the empty queue and here: nothing added is missed
    }
  }
}
