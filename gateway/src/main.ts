import { runService } from '@marketplace/shared';
import { startGateway } from './gateway-server.ts';
import { setupGateway } from './setup.ts';

await runService('gateway', async () => {
  const { options, listen, logger } = await setupGateway();
  const server = await startGateway(options, listen);
  logger.info({ url: server.url }, 'gateway listening');
  return server;
});
