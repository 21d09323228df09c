import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditLog } from '@marketplace/shared';
import { KeyRepository } from './key.repository.ts';
import { AUDIT_STREAM } from './keys.ts';

/** Every repository over the keys table. */
export interface Repositories {
  keys: KeyRepository;
  audit: AuditLog;
}

export function createRepositories(db: DynamoDBDocumentClient, table: string): Repositories {
  return { keys: new KeyRepository(db, table), audit: new AuditLog(db, table, AUDIT_STREAM) };
}
