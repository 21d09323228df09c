import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ApplicationRepository } from './application.repository.ts';
import { AuditLog } from '@marketplace/shared';
import { HealthRepository } from './health.repository.ts';
import { AUDIT_STREAM } from './keys.ts';
import { PriceChangeRepository } from './price-change.repository.ts';
import { PlatformRepository } from './platform.repository.ts';
import { SecretRepository } from './secret.repository.ts';
import { SolutionRepository } from './solution.repository.ts';

/** Every repository over the catalog table. */
export interface Repositories {
  solutions: SolutionRepository;
  applications: ApplicationRepository;
  secrets: SecretRepository;
  platform: PlatformRepository;
  priceChanges: PriceChangeRepository;
  health: HealthRepository;
  audit: AuditLog;
}

export function createRepositories(db: DynamoDBDocumentClient, table: string, healthCheckRetentionDays = 7): Repositories {
  return {
    solutions: new SolutionRepository(db, table),
    applications: new ApplicationRepository(db, table),
    secrets: new SecretRepository(db, table),
    platform: new PlatformRepository(db, table),
    priceChanges: new PriceChangeRepository(db, table),
    health: new HealthRepository(db, table, { checkDays: healthCheckRetentionDays, hourDays: 14, dayDays: 400 }),
    audit: new AuditLog(db, table, AUDIT_STREAM),
  };
}
