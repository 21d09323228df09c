import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditLog } from '@marketplace/shared';
import { AUDIT_STREAM } from './keys.ts';
import { ErasureRepository } from './erasure.repository.ts';
import { EmailTokenRepository } from './email-token.repository.ts';
import { SessionRepository } from './session.repository.ts';
import { SocialRepository } from './social.repository.ts';
import { ThrottleRepository } from './throttle.repository.ts';
import { UserRepository } from './user.repository.ts';

/** Every repository over the identity table. */
export interface Repositories {
  users: UserRepository;
  sessions: SessionRepository;
  emailTokens: EmailTokenRepository;
  throttle: ThrottleRepository;
  social: SocialRepository;
  audit: AuditLog;
  erasure: ErasureRepository;
}

export function createRepositories(db: DynamoDBDocumentClient, table: string): Repositories {
  return {
    users: new UserRepository(db, table),
    sessions: new SessionRepository(db, table),
    emailTokens: new EmailTokenRepository(db, table),
    throttle: new ThrottleRepository(db, table),
    social: new SocialRepository(db, table),
    audit: new AuditLog(db, table, AUDIT_STREAM),
    erasure: new ErasureRepository(db, table),
  };
}
