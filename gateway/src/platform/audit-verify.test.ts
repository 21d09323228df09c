import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { auditEventPut, auditTargetPartition, ensureTable, EVENT_PREFIX, tableName, transactWrite } from '@marketplace/shared';
import { describe, expect, inject, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../test/support/dynamo.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const db = testDb();

async function run(prefix: string): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_PREFIX: prefix };
  try {
    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'gateway/src/platform/audit-verify.ts'], { cwd: ROOT, env });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('npm run audit:verify', () => {
  it('passes on intact streams and names the first broken link after a record is edited behind the platform’s back', async () => {
    const prefix = testTablePrefix('verify');
    const table = tableName(prefix, 'identity');
    await ensureTable(db, table);
    await ensureTable(db, tableName(prefix, 'keys'));
    const records = [];
    for (const action of ['user.suspend', 'user.reactivate', 'user.roles.set']) {
      const { items, record } = auditEventPut(
        table,
        { stream: 'identity', actorId: 'usr_admin', action, targetType: 'User', targetId: 'usr_ada', userId: 'usr_ada' },
        new Date(),
      );
      expect(await transactWrite(db, items)).toEqual({ ok: true });
      records.push(record);
    }
    const intact = await run(prefix);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.out).toMatch(/^identity\s+ok\s+3 events$/m);
    expect(intact.out).toMatch(/^keys\s+ok\s+0 events$/m);

    const edited = records[1]!;
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: auditTargetPartition(edited.targetId), sk: `${EVENT_PREFIX}${edited.at}#${edited.id}` },
        UpdateExpression: 'SET actorId = :someone',
        ExpressionAttributeValues: { ':someone': 'usr_someone_else' },
      }),
    );
    const broken = await run(prefix);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`identity  BROKEN   first broken link at #2 (event ${edited.id}): HASH_MISMATCH`);
  }, 60_000);
});
