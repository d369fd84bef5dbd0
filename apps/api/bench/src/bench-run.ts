// How a bench script runs: undo steps (stop servers, drop databases) run last-in first-out on
// success, failure and Ctrl-C alike; a failure is printed with its code and sets the exit code.
import { BenchError } from './bench-error.js';

export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];

  constructor(private readonly tag: string) {}

  push(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      await step().catch((error: unknown) => process.stderr.write(`[${this.tag}] cleanup step failed: ${String(error)}\n`));
    }
  }
}

export function runBench(tag: string, main: () => Promise<void>, cleanups: Cleanups): void {
  process.once('SIGINT', () => {
    process.stderr.write(`[${tag}] interrupted, cleaning up\n`);
    void cleanups.run().finally(() => process.exit(130));
  });
  main()
    .then(() => cleanups.run())
    .catch(async (error: unknown) => {
      await cleanups.run();
      const code = error instanceof BenchError ? error.code : 'BENCH_FAILED';
      process.stderr.write(`[${tag}] ${code}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    })
    // Keep-alive sockets of the load tool or a driver must not hold the finished bench open.
    .finally(() => process.exit());
}
