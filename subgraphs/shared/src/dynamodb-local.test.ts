import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  JAVA_MISSING_MESSAGE,
  JavaMissingError,
  parseJavaMajorVersion,
  startDynamoDbLocal,
  type DynamoDbLocal,
} from './dynamodb-local.ts';
import { silenceAwsNodeVersionWarning } from './dynamo/client.ts';
import { isAlive } from '../../../test/support/processes.ts';

const START_TIMEOUT = 60_000;
const TEST_TIMEOUT = 120_000;

function clientFor(db: DynamoDbLocal, accessKeyId = 'local', region = 'us-east-1'): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: db.endpoint,
    region,
    credentials: { accessKeyId, secretAccessKey: 'local' },
  });
}

async function createCounterTable(client: DynamoDBClient, name: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
}

/** A shell script standing in for `java`: answers `-version` like Java 17 unless `body` says otherwise. */
async function fakeJava(name: string, body: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ddb-local-fake-java-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  const script = body.includes('version')
    ? `#!/bin/sh\n${body}\n`
    : `#!/bin/sh\nif [ "$1" = "-version" ]; then echo 'openjdk version "17.0.9" 2023-10-17' >&2; exit 0; fi\n${body}\n`;
  await writeFile(file, script, { mode: 0o755 });
  return file;
}

const started: DynamoDbLocal[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  await Promise.all(started.map((db) => db.stop()));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('startDynamoDbLocal', () => {
  it(
    'runs in memory on a free port, refuses a repeated conditional update, and stops for good',
    async () => {
      const db = await startDynamoDbLocal({ startTimeoutMs: START_TIMEOUT });
      started.push(db);
      expect(db.port).toBeGreaterThan(0);
      expect(db.endpoint).toBe(`http://127.0.0.1:${db.port}`);
      expect(isAlive(db.pid)).toBe(true);

      const client = clientFor(db);
      try {
        await createCounterTable(client, 'counters');
        const claim = () =>
          client.send(
            new UpdateItemCommand({
              TableName: 'counters',
              Key: { pk: { S: 'once' } },
              UpdateExpression: 'SET claimedBy = :who',
              ConditionExpression: 'attribute_not_exists(pk)',
              ExpressionAttributeValues: { ':who': { S: 'first' } },
              ReturnValues: 'ALL_NEW',
            }),
          );
        const first = await claim();
        expect(first.Attributes?.claimedBy?.S).toBe('first');
        await expect(claim()).rejects.toBeInstanceOf(ConditionalCheckFailedException);

        // -sharedDb: other credentials and another region see the same tables. (DynamoDB Local refuses access
        // key ids that are not alphanumeric, e.g. 'some-one', with UnrecognizedClientException.)
        const other = clientFor(db, 'someoneElse', 'eu-west-1');
        try {
          const tables = await other.send(new ListTablesCommand({}));
          expect(tables.TableNames).toContain('counters');
        } finally {
          other.destroy();
        }
      } finally {
        client.destroy();
      }

      await db.stop();
      expect(isAlive(db.pid)).toBe(false);
      expect(() => process.kill(db.pid, 0)).toThrow();
      await db.stop(); // idempotent
      expect(isAlive(db.pid)).toBe(false);
      await expect(db.exited).resolves.toMatchObject({ code: expect.any(Number) });
    },
    TEST_TIMEOUT,
  );

  it(
    'says when the process dies on its own, and how, so a supervisor can restart it',
    async () => {
      const db = await startDynamoDbLocal({ startTimeoutMs: START_TIMEOUT });
      started.push(db);
      let ended = false;
      void db.exited.then(() => (ended = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(ended).toBe(false);
      process.kill(db.pid, 'SIGKILL');
      expect(await db.exited).toEqual({ code: null, signal: 'SIGKILL' });
    },
    TEST_TIMEOUT,
  );

  it(
    'keeps tables across stop and start with the same dbPath',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'ddb-local-test-'));
      tempDirs.push(dir);
      const dbPath = path.join(dir, 'nested', 'db'); // created on demand

      const first = await startDynamoDbLocal({ dbPath, startTimeoutMs: START_TIMEOUT });
      started.push(first);
      const c1 = clientFor(first);
      try {
        await createCounterTable(c1, 'persisted');
        await c1.send(
          new UpdateItemCommand({
            TableName: 'persisted',
            Key: { pk: { S: 'k' } },
            UpdateExpression: 'ADD n :one',
            ExpressionAttributeValues: { ':one': { N: '1' } },
          }),
        );
      } finally {
        c1.destroy();
      }
      await first.stop();
      expect(isAlive(first.pid)).toBe(false);

      const second = await startDynamoDbLocal({ dbPath, startTimeoutMs: START_TIMEOUT });
      started.push(second);
      expect(second.pid).not.toBe(first.pid);
      const c2 = clientFor(second);
      try {
        const tables = await c2.send(new ListTablesCommand({}));
        expect(tables.TableNames).toEqual(['persisted']);
        const updated = await c2.send(
          new UpdateItemCommand({
            TableName: 'persisted',
            Key: { pk: { S: 'k' } },
            UpdateExpression: 'ADD n :one',
            ExpressionAttributeValues: { ':one': { N: '1' } },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        expect(updated.Attributes?.n?.N).toBe('2');
      } finally {
        c2.destroy();
      }
      await second.stop();
    },
    TEST_TIMEOUT,
  );

  it('rejects with JavaMissingError when Java cannot be run', async () => {
    const attempt = startDynamoDbLocal({ javaCommand: '/nonexistent/java', startTimeoutMs: 5000 });
    await expect(attempt).rejects.toBeInstanceOf(JavaMissingError);
    await expect(attempt).rejects.toThrow(JAVA_MISSING_MESSAGE);
    expect(JAVA_MISSING_MESSAGE).toBe(
      'Java 17+ is needed to run the embedded DynamoDB Local; install it (Debian: `apt-get install -y openjdk-17-jre-headless`), or set DYNAMODB_ENDPOINT to an existing DynamoDB endpoint.',
    );
  });

  it('rejects with JavaMissingError when java -version reports a version older than 17', async () => {
    const java = await fakeJava('old', 'echo \'openjdk version "11.0.22" 2024-01-16\' >&2; exit 0');
    const attempt = startDynamoDbLocal({ javaCommand: java, startTimeoutMs: 5000 });
    await expect(attempt).rejects.toBeInstanceOf(JavaMissingError);
    await expect(attempt).rejects.toMatchObject({ message: JAVA_MISSING_MESSAGE, reason: expect.stringMatching(/Java 11/) });
  });

  it('rejects with the last output lines when the process exits during start-up', async () => {
    const java = await fakeJava(
      'crashing',
      'for i in $(seq 1 30); do echo "line $i"; done; echo "fatal: cannot start" >&2; exit 3',
    );
    const lines: string[] = [];
    const attempt = startDynamoDbLocal({ javaCommand: java, startTimeoutMs: 10_000, log: (l) => lines.push(l) });
    await expect(attempt).rejects.toThrow(/exited during start-up \(code 3\)[\s\S]*line 30[\s\S]*fatal: cannot start/);
    await expect(attempt).rejects.not.toThrow(/line 5\b/); // only the tail is kept
    await expect(attempt).rejects.not.toBeInstanceOf(JavaMissingError);
    expect(lines).toContain('line 1');
  });

  it('refuses a port that another server already listens on', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startDynamoDbLocal({ port, startTimeoutMs: 5000 })).rejects.toThrow(/already in use/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('rejects dbPath together with inMemory', async () => {
    await expect(startDynamoDbLocal({ dbPath: '/tmp/x', inMemory: true })).rejects.toThrow(/either inMemory or dbPath/);
  });
});

/** Runs `body` in a fresh Node process (with tsx) that has imported startDynamoDbLocal; resolves on its first line. */
function spawnHost(body: string): { child: ChildProcess; firstLine: Promise<string>; exited: Promise<NodeJS.Signals | number | null> } {
  const moduleUrl = new URL('./dynamodb-local.ts', import.meta.url).href;
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const code = `import { startDynamoDbLocal } from ${JSON.stringify(moduleUrl)};\n${body}`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.once('exit', () => reject(new Error(`host exited before printing: ${out}`)));
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, firstLine, exited };
}

async function waitUntilGone(pid: number, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isAlive(pid);
}

describe('the child does not outlive its host process', () => {
  it(
    'is killed when the host calls process.exit() or dies of SIGTERM without stopping it',
    async () => {
      const exiting = spawnHost(
        `const db = await startDynamoDbLocal({ startTimeoutMs: ${START_TIMEOUT} });\nconsole.log(db.pid);\nprocess.exit(0);`,
      );
      const signalled = spawnHost(
        `const db = await startDynamoDbLocal({ startTimeoutMs: ${START_TIMEOUT} });\nconsole.log(db.pid);\nsetInterval(() => {}, 1000);`,
      );
      const [exitingPid, signalledPid] = (await Promise.all([exiting.firstLine, signalled.firstLine])).map(Number);
      expect(exitingPid).toBeGreaterThan(0);
      expect(signalledPid).toBeGreaterThan(0);

      expect(await exiting.exited).toBe(0);
      signalled.child.kill('SIGTERM');
      expect(await signalled.exited).toBe('SIGTERM'); // the default action still happens

      const gone = await Promise.all([waitUntilGone(exitingPid!), waitUntilGone(signalledPid!)]);
      for (const pid of [exitingPid!, signalledPid!]) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      expect(gone).toEqual([true, true]);
    },
    TEST_TIMEOUT,
  );
});

describe('parseJavaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajorVersion('openjdk version "11.0.2-ea"')).toBe(11);
    expect(parseJavaMajorVersion('nonsense')).toBeUndefined();
  });
});

describe('silenceAwsNodeVersionWarning', () => {
  it('drops only the AWS SDK NodeVersionSupportWarning', async () => {
    silenceAwsNodeVersionWarning();
    silenceAwsNodeVersionWarning(); // idempotent
    const seen: string[] = [];
    const listener = (warning: Error) => seen.push(warning.message);
    // Keep Node's default printer quiet while we emit test warnings.
    const others = process.listeners('warning');
    process.removeAllListeners('warning');
    process.on('warning', listener);
    try {
      process.emitWarning(
        'NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after ... will require node >=22.',
      );
      process.emitWarning('something else entirely', 'MarketplaceTestWarning');
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('warning', listener);
      for (const other of others) process.on('warning', other);
    }
    expect(seen).toEqual(['something else entirely']);
  });
});
