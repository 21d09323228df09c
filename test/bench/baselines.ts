import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';

/** Reads a JSON body the way the shim does (buffer, parse). */
function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(null);
      }
    });
  });
}

const VERDICT = {
  allowed: true,
  code: 'VALID',
  tier: 'pro',
  limit: 1000000,
  used: 1,
  remaining: 999999,
  resetAt: '2026-12-01T00:00:00.000Z',
  features: { summaries: true },
  subject: { type: 'key', keyId: 'key_baseline', userId: 'usr_baseline' },
};

/** B1: node:http that parses the JSON body and answers a validate-shaped JSON with the same headers. */
export function baselineB1(): Server {
  return createServer(async (req, res) => {
    await readJson(req);
    const body = JSON.stringify(VERDICT);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'ratelimit-policy': '"quota";q=1000000;w=2592000',
      ratelimit: '"quota";r=999999;t=86400',
    });
    res.end(body);
  });
}

/** B2: B1 plus one conditional UpdateItem per request on the same DynamoDB Local. */
export function baselineB2(db: DynamoDBDocumentClient, table: string): Server {
  let n = 0;
  return createServer(async (req, res) => {
    await readJson(req);
    // A store timeout (a loaded machine) is an error answer, counted as such, not the end of the run.
    const stored = await db.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: `BASELINE#${n++ % 64}`, sk: 'B2' },
        UpdateExpression: 'SET used = if_not_exists(used, :zero) + :one',
        ConditionExpression: 'attribute_not_exists(used) OR used <= :max',
        ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':max': 1_000_000_000 },
      }),
    ).then(() => true, () => false);
    if (!stored) return void res.writeHead(503).end();
    const body = JSON.stringify(VERDICT);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(body);
  });
}
