import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, createLogger, keepConnectionsAlive, type Logger, type RunningServer } from '@marketplace/shared';
import { handleApi } from './api-routes.ts';
import { handleCheckout } from './checkout-page.ts';
import { handleControl, type SimulatorControls } from './control-routes.ts';
import { RazorpayError, routeNotFound } from './errors.ts';
import { checkBasicAuth, decodeSegment, queryOf, sendError, sendJson } from './http.ts';
import { type ChargeResult, type CheckoutPayer, type CheckoutResult, SimulatorCore } from './simulator-core.ts';
import { SimulatorStore } from './store.ts';
import { SUCCESS_CARD } from './test-cards.ts';
import { SimulatorClock } from './time.ts';
import { SIMULATOR_DEFAULTS } from '../public/simulator-defaults.ts';

export { SIMULATOR_DEFAULTS };
import { DEFAULT_WEBHOOK_RETRY, WebhookDispatcher, type WebhookRetryPolicy } from './webhooks.ts';


export interface RazorpaySimulatorOptions {
  /** API key id; must start with `rzp_test_` (the simulator is test mode only). */
  keyId?: string;
  keySecret?: string;
  /** Signs webhooks (`X-Razorpay-Signature`). */
  webhookSecret?: string;
  /** Where webhooks are posted; null or absent: events are recorded, not sent, until a URL is set. */
  webhookUrl?: string | null;
  webhookRetry?: Partial<WebhookRetryPolicy>;
  /** Base of the simulator's clock (tests pass a ManualClock); the time controls add an offset on top. */
  clock?: Clock;
  /** JSON file that keeps the state across restarts; absent: memory only. */
  stateFile?: string | null;
  /** URL browsers reach the simulator at (used in `short_url`); defaults to the listening URL. */
  publicUrl?: string;
  /** Failed attempts (first charge + retries) before a pending subscription halts. Default 4, as Razorpay. */
  haltAfterAttempts?: number;
  /** Run due renewals and retries on a timer (the process does; tests move the clock instead). */
  runDueEveryMs?: number | null;
  logger?: Logger;
  /** Defaults to process.env.NODE_ENV; `production` is refused. */
  nodeEnv?: string;
}

/** Thrown when anything tries to build the simulator with NODE_ENV=production. */
export class SimulatorInProductionError extends Error {
  constructor() {
    super('The Razorpay test-mode simulator never runs in production (NODE_ENV=production): configure real Razorpay keys instead.');
    this.name = 'SimulatorInProductionError';
  }
}

/**
 * A Razorpay test-mode simulator: Razorpay's `/v1` REST API (plans, customers, subscriptions, invoices, payments,
 * refunds) with Basic auth, the Checkout stand-in at `/checkout/:subscription_id`, signed webhooks with retries,
 * and time and life-cycle controls under `/_simulator/…`. Built without listening; `listen` opens the port.
 *
 * In-process tests drive it through the official SDK (see `razorpayClientFor`) and through the helpers below,
 * which run the same rules as the HTTP routes.
 */
export class RazorpaySimulator implements SimulatorControls {
  readonly keyId: string;
  readonly keySecret: string;
  readonly clock: SimulatorClock;
  readonly store: SimulatorStore;
  readonly webhooks: WebhookDispatcher;
  readonly core: SimulatorCore;
  readonly server: Server;
  readonly logger: Logger;
  private listening: { url: string; port: number } | null = null;
  private readonly ticker: NodeJS.Timeout | null;
  private webhookSecretValue: string;

  constructor(private readonly options: RazorpaySimulatorOptions = {}) {
    if ((options.nodeEnv ?? process.env.NODE_ENV) === 'production') throw new SimulatorInProductionError();
    this.keyId = options.keyId ?? SIMULATOR_DEFAULTS.keyId;
    if (!this.keyId.startsWith('rzp_test_')) throw new Error('The Razorpay simulator takes test-mode key ids only (rzp_test_…).');
    this.keySecret = options.keySecret ?? SIMULATOR_DEFAULTS.keySecret;
    this.webhookSecretValue = options.webhookSecret ?? SIMULATOR_DEFAULTS.webhookSecret;
    this.logger = options.logger ?? createLogger('razorpay-simulator');
    this.store = new SimulatorStore(options.stateFile ?? null);
    const restored = this.store.load();
    this.clock = new SimulatorClock(options.clock, this.store.clockOffsetMs);
    this.webhooks = new WebhookDispatcher(this.store, {
      url: options.webhookUrl ?? null,
      secret: this.webhookSecretValue,
      retry: { ...DEFAULT_WEBHOOK_RETRY, ...options.webhookRetry },
      logger: this.logger,
    });
    this.core = new SimulatorCore({
      store: this.store,
      clock: this.clock,
      webhooks: this.webhooks,
      keySecret: this.keySecret,
      publicUrl: () => options.publicUrl ?? this.listening?.url ?? `http://localhost:${SIMULATOR_DEFAULTS.port}`,
      haltAfterAttempts: options.haltAfterAttempts ?? SIMULATOR_DEFAULTS.haltAfterAttempts,
    });
    this.server = keepConnectionsAlive(createServer((req, res) => void this.handle(req, res)));
    if (restored) this.webhooks.resume();
    this.ticker = options.runDueEveryMs ? setInterval(() => this.tick(), options.runDueEveryMs) : null;
    this.ticker?.unref();
  }

  /** The listening URL (`http://host:port`); throws before `listen`. */
  get url(): string {
    if (!this.listening) throw new Error('The simulator is not listening yet.');
    return this.listening.url;
  }

  get webhookSecret(): string {
    return this.webhookSecretValue;
  }

  async listen(at: { port: number; host: string }): Promise<RunningServer> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(at.port, at.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    const host = at.host.includes(':') ? `[${at.host}]` : at.host;
    this.listening = { url: `http://${host}:${port}`, port };
    return { url: this.listening.url, port, close: () => this.close() };
  }

  /** Stops listening and retrying, and writes the state file. Pending deliveries resume on the next start. */
  async close(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    if (this.server.listening) {
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
      });
    }
    await this.webhooks.close();
    this.store.flush();
  }

  // ----- helpers for tests and the demo (the HTTP controls call the same) ---------------------------------

  /** Pays a subscription at the checkout stand-in, without a browser (default: a succeeding test card). */
  checkout(subscriptionId: string, payer: CheckoutPayer = {}): CheckoutResult {
    return this.core.checkout(subscriptionId, { cardNumber: SUCCESS_CARD, ...payer });
  }

  /** Charges the subscription's next cycle now (renewal), or retries a pending one; see SimulatorCore.charge. */
  chargeNextCycle(subscriptionId: string, outcome?: 'success' | 'failure'): ChargeResult {
    return this.core.charge(subscriptionId, outcome ? { outcome } : {});
  }

  failNextCharges(subscriptionId: string, count = 1) {
    return this.core.failNextCharges(subscriptionId, count);
  }

  payPending(subscriptionId: string): ChargeResult {
    return this.core.payPending(subscriptionId);
  }

  /** Moves the simulator's clock forward and runs everything that came due, in time order. */
  advanceClock(ms: number): ChargeResult[] {
    this.clock.advance(ms);
    this.store.clockOffsetMs = this.clock.offset;
    this.store.changed();
    return this.core.runDue();
  }

  runDue(): ChargeResult[] {
    return this.core.runDue();
  }

  private tick(): void {
    try {
      const done = this.runDue();
      if (done.length > 0) this.logger.info({ charges: done.length }, 'ran due renewals and retries');
    } catch (error) {
      this.logger.error({ err: error }, 'running due charges failed');
    }
  }

  /** Signs webhooks recorded from now on with a new secret (rotation); older events keep their signature. */
  setWebhookSecret(secret: string): void {
    this.webhookSecretValue = secret;
    this.webhooks.setSecret(secret);
  }

  /** Forgets every entity and event and resets the clock offset. */
  reset(): void {
    this.store.reset();
    this.clock.offset = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://simulator.invalid');
    } catch {
      return sendError(res, routeNotFound());
    }
    const path = url.pathname;
    try {
      if (path === '/healthz' && req.method === 'GET') return sendJson(res, 200, { status: 'ok', mode: 'razorpay-test-simulator' });
      const checkout = /^\/checkout\/([^/]+)\/?$/.exec(path);
      if (checkout && (req.method === 'GET' || req.method === 'POST')) {
        return await handleCheckout(this.core, this.keyId, req, res, decodeSegment(checkout[1]!), queryOf(url));
      }
      if (path.startsWith('/v1/')) {
        checkBasicAuth(req, this.keyId, this.keySecret);
        return sendJson(res, 200, await handleApi(this.core, req, url, queryOf(url)));
      }
      if (path === '/_simulator' || path.startsWith('/_simulator/')) {
        checkBasicAuth(req, this.keyId, this.keySecret);
        return sendJson(res, 200, await handleControl(this, req, url));
      }
      throw routeNotFound();
    } catch (error) {
      if (error instanceof RazorpayError) return sendError(res, error);
      this.logger.error({ err: error, method: req.method, path }, 'simulator request failed');
      if (!res.headersSent) {
        sendJson(res, 500, {
          error: { code: 'SERVER_ERROR', description: 'The server encountered an error. The incident has been reported to admins.', source: 'NA', step: 'NA', reason: 'NA', metadata: {}, field: null },
        });
      }
    }
  }
}

/** Builds the simulator without listening (tests, or a process that listens itself). */
export function createRazorpaySimulator(options: RazorpaySimulatorOptions = {}): RazorpaySimulator {
  return new RazorpaySimulator(options);
}

/** Builds the simulator and listens on 127.0.0.1 (port 0 = any free port, as tests want). */
export async function startRazorpaySimulator(
  options: RazorpaySimulatorOptions & { port?: number; host?: string } = {},
): Promise<RazorpaySimulator> {
  const simulator = createRazorpaySimulator(options);
  await simulator.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return simulator;
}
