// Stops what the harness started, also on Ctrl+C, SIGTERM or a crash.
type Disposer = () => Promise<void> | void;

const disposers: Disposer[] = [];
let running: Promise<void> | undefined;
let handlersInstalled = false;

/** Registers `dispose` to run (last registered first) at the end of the run. Returns an unregister function. */
export function onCleanup(dispose: Disposer): () => void {
  installHandlers();
  disposers.push(dispose);
  return () => {
    const index = disposers.indexOf(dispose);
    if (index >= 0) disposers.splice(index, 1);
  };
}

/** Runs every registered disposer once; errors are printed, never thrown. */
export function cleanup(): Promise<void> {
  running ??= (async () => {
    while (disposers.length > 0) {
      const dispose = disposers.pop()!;
      try {
        await dispose();
      } catch (error) {
        console.error('cleanup:', error);
      }
    }
  })().finally(() => (running = undefined));
  return running;
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const exitAfterCleanup = (code: number) => {
    void cleanup().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => exitAfterCleanup(130));
  process.once('SIGTERM', () => exitAfterCleanup(143));
  process.once('SIGHUP', () => exitAfterCleanup(129));
  process.on('uncaughtException', (error) => {
    console.error(error);
    exitAfterCleanup(1);
  });
  process.on('unhandledRejection', (error) => {
    console.error(error);
    exitAfterCleanup(1);
  });
}
