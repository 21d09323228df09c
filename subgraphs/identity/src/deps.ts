import type { EventLog } from '@marketplace/analytics/public';
import type { Clock, Logger, Mailer } from '@marketplace/shared';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProofOfWorkSettings } from './services/proof-of-work.ts';
import type { SocialProvider } from './social/providers.ts';
import type { RelyingParty } from './social/relying-party.ts';

/** Everything the identity subgraph needs from its process; tests build their own. */
export interface IdentityDeps {
  /** The analytics event log: facts are appended after their change commits (absent: not recorded). */
  events?: EventLog;
  db: DynamoDBDocumentClient;
  table: string;
  clock: Clock;
  mailer: Mailer;
  logger: Logger;
  /** Ed25519 private key (PKCS#8 PEM) that signs access tokens. */
  jwtPrivateKey: string;
  /** Its public key (SPKI PEM), which the gateway verifies with. */
  jwtPublicKey: string;
  /** HMAC key for password-throttle keys, so no raw email, account or client id is stored. */
  fingerprintSecret: string;
  /** Where users open the app (e.g. http://localhost:4000); email links point here. */
  publicUrl: string;
  production: boolean;
  /** Proof of work in front of sign-up, password reset and resend verification. */
  proofOfWork: ProofOfWorkSettings;
  /** Social sign-in: the configured providers and the one relying party (its discovery cache lives per process). */
  social?: { providers: readonly SocialProvider[]; relyingParty: RelyingParty };
}
