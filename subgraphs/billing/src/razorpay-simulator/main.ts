import { join } from 'node:path';
import { createLogger, runService } from '@marketplace/shared';
import { loadRazorpaySimulatorConfig } from './config.ts';
import { createRazorpaySimulator } from './simulator-server.ts';

/** The Razorpay test-mode simulator process (`npm start` runs it when no Razorpay keys are configured). */
await runService('razorpay-simulator', async () => {
  const config = loadRazorpaySimulatorConfig();
  const logger = createLogger('razorpay-simulator', config.LOG_LEVEL);
  const simulator = createRazorpaySimulator({
    keyId: config.RAZORPAY_SIMULATOR_KEY_ID,
    keySecret: config.RAZORPAY_SIMULATOR_KEY_SECRET,
    webhookSecret: config.RAZORPAY_SIMULATOR_WEBHOOK_SECRET,
    webhookUrl: config.RAZORPAY_SIMULATOR_WEBHOOK_URL ?? null,
    webhookRetry: {
      attempts: config.RAZORPAY_SIMULATOR_WEBHOOK_ATTEMPTS,
      baseDelayMs: config.RAZORPAY_SIMULATOR_WEBHOOK_BACKOFF_MS,
      maxDelayMs: config.RAZORPAY_SIMULATOR_WEBHOOK_MAX_BACKOFF_MS,
      timeoutMs: config.RAZORPAY_SIMULATOR_WEBHOOK_TIMEOUT_MS,
    },
    stateFile: config.RAZORPAY_SIMULATOR_PERSIST ? join(config.DATA_DIR, 'razorpay-simulator.json') : null,
    publicUrl: config.RAZORPAY_SIMULATOR_PUBLIC_URL ?? `http://localhost:${config.RAZORPAY_SIMULATOR_PORT}`,
    haltAfterAttempts: config.RAZORPAY_SIMULATOR_HALT_AFTER_ATTEMPTS,
    runDueEveryMs: config.RAZORPAY_SIMULATOR_TICK_MS,
    logger,
    nodeEnv: config.NODE_ENV,
  });
  const server = await simulator.listen({ port: config.RAZORPAY_SIMULATOR_PORT, host: config.HOST });
  logger.info(
    { url: server.url, keyId: simulator.keyId, webhookUrl: config.RAZORPAY_SIMULATOR_WEBHOOK_URL ?? null },
    'Razorpay test-mode simulator listening (no real money moves)',
  );
  return server;
});
