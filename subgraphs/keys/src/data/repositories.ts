import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditRepository } from './audit.repository.ts';
import { KeyRepository } from './key.repository.ts';

/** Every repository over the keys table. */
export interface Repositories {
  keys: KeyRepository;
  audit: AuditRepository;
}

export function createRepositories(db: DynamoDBDocumentClient, table: string): Repositories {
  return { keys: new KeyRepository(db, table), audit: new AuditRepository(db, table) };
}
