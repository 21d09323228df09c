import { type ChildProcess, spawn } from 'node:child_process';

/** The FX Rates example solution (`sdk/examples/fx-rates`) running as its own process, as a partner runs it. */
export interface FxRatesProcess {
  baseUrl: string;
  healthUrl: string;
  pid: number;
  /** Stops it (SIGTERM, then SIGKILL after 3 s); resolves when it has exited. */
  stop(): Promise<void>;
}

export interface FxRatesOptions {
  port: number;
  /** The quota shim the example calls. */
  shimUrl: string;
  solutionSecret: string;
  /** The marketplace's web origin, allowed by the SDK's CORS setting (the browser console calls the API). */
  marketplaceOrigin: string;
  /** Where the example's own lines go; default: dropped. */
  log?: (line: string) => void;
}

const root = new URL('../../', import.meta.url).pathname;

/** Starts the example on `port` (127.0.0.1 and localhost) and waits until its health endpoint answers. */
export async function startFxRates(options: FxRatesOptions): Promise<FxRatesProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'sdk/examples/fx-rates/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port),
      MARKETPLACE_SHIM_URL: options.shimUrl,
      SOLUTION_SECRET: options.solutionSecret,
      MARKETPLACE_ORIGIN: options.marketplaceOrigin,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.log ?? (() => {});
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((l) => log(`[fx-rates] ${l}`)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://localhost:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the FX Rates example exited with ${child.exitCode} (is port ${options.port} free? FX_RATES_PORT sets it)`);
    const res = await fetch(`http://127.0.0.1:${options.port}/health`).catch(() => null);
    if (res) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the FX Rates example did not answer on port ${options.port} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    healthUrl: `${baseUrl}/health`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
