/**
 * Runs a benchmark's body and always undoes what it started, last step first: on success, on
 * failure, and on Ctrl-C (then it exits 130). Returns the exit code: 0, or 1 when the body failed.
 */
export async function withCleanup(body: (onCleanUp: (step: () => Promise<unknown>) => void) => Promise<void>): Promise<number> {
  const cleanups: (() => Promise<unknown>)[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const step of cleanups.reverse()) await step().catch((error) => console.error(`  cleanup: ${String(error)}`));
    })());
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\nInterrupted: stopping what the benchmark started...');
    void cleanUp().then(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await body((step) => cleanups.push(step));
    return 0;
  } catch (error) {
    console.error(`\nThe benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    if (!interrupted) {
      console.log('\nStopping the services and releasing Kafka and Postgres...');
      await cleanUp();
    } else {
      // The body usually fails once Ctrl-C stops its services: its caller must not exit before
      // the cleanup the signal started has stopped every process (it exits 130 itself).
      await cleanUp();
    }
  }
}
