import { openEventLog } from '@marketplace/analytics/public';
import { join } from 'node:path';
import { createEventOutbox, createMailer, type EventOutbox, loadConfig, loadSecrets, prepareSubgraph, type OutboxEvent, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { IDENTITY_SECRETS, identityProcess, identityEnvSchema } from './config.ts';
import type { IdentityContext } from './context.ts';
import { buildIdentitySchema, createIdentityContext, ensureBootstrapAdmin, type IdentityDeps, name } from './index.ts';
import { parseSocialProviders } from './social/providers.ts';
import { createRelyingParty } from './social/relying-party.ts';

/** Builds the identity subgraph from the environment, for `main.ts` (listens) and `lambda.ts` (answers HTTP API events). */
export async function setupIdentity(): Promise<{ basics: SubgraphBasics; serving: SubgraphServing<IdentityContext>; outbox: EventOutbox<OutboxEvent> }> {
  const config = loadConfig(identityEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: identityProcess.need, declare: IDENTITY_SECRETS });
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const events = openEventLog(name, config, basics);
  const deps: IdentityDeps = {
    db,
    table,
    clock,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    logger,
    jwtPrivateKey: secrets.jwtPrivateKey,
    jwtPublicKey: secrets.jwtPublicKey,
    fingerprintSecret: secrets.fingerprintSecret,
    publicUrl: config.PUBLIC_URL,
    production,
    proofOfWork: { secret: secrets.proofOfWorkSecret, maxCounter: config.PROOF_OF_WORK_MAX_COUNTER, ttlMs: config.PROOF_OF_WORK_TTL_SECONDS * 1000 },
    events,
    // The config check already refused any problem with AUTH_PROVIDERS.
    social: { providers: parseSocialProviders(config.AUTH_PROVIDERS, production).providers, relyingParty: createRelyingParty(clock) },
  };
  const admin = await ensureBootstrapAdmin(deps, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, dataDir: config.DATA_DIR });
  if (admin.created) {
    logger.info(
      { email: admin.email, passwordFile: admin.passwordFile },
      admin.passwordFile ? 'created the first admin; its password is in the password file' : 'created the first admin',
    );
  }
  return {
    basics,
    outbox: createEventOutbox({ db, table, clock, logger, events }),
    serving: {
      schema: await buildIdentitySchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createIdentityContext(deps, base),
      listen: { port: config.IDENTITY_PORT, host: config.HOST },
    },
  };
}
