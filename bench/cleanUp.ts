/** Stops each server in turn; one that fails to stop is reported, and the rest are still stopped. */
export async function stopEach(stops: readonly (() => Promise<unknown>)[]): Promise<void> {
  for (const stop of stops) {
    try {
      await stop();
    } catch (error) {
      console.error(`Could not stop a server: ${String(error)}`);
    }
  }
}

/** On Ctrl-C, a kill or a hang-up: `cleanUp`, then exit, so a benchmark leaves no server behind. */
export function cleanUpOnSignal(cleanUp: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, async () => {
      console.error(`\n${signal}: stopping what the benchmark started…`);
      await cleanUp();
      process.exit(130);
    });
  }
}
