import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInputErrorAsync } from '../test/input-error.ts';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { LocalDocumentStore, type ObjectClient, S3DocumentStore } from './document-store.ts';

let root: string;
let store: LocalDocumentStore;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'docstore-'));
  store = new LocalDocumentStore(path.join(root, 'data'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the local document store', () => {
  it('keeps bytes under DATA_DIR by key, replaces them on a second put, and answers null for a missing key', async () => {
    await store.put('invoices/2026-27/MP-26-27-0000001.pdf', new Uint8Array([1, 2, 3]));
    expect(await readFile(path.join(root, 'data/invoices/2026-27/MP-26-27-0000001.pdf'))).toEqual(Buffer.from([1, 2, 3]));
    await store.put('invoices/2026-27/MP-26-27-0000001.pdf', new Uint8Array([4]));
    expect(await store.get('invoices/2026-27/MP-26-27-0000001.pdf')).toEqual(new Uint8Array([4]));
    expect(await store.get('invoices/2026-27/missing.pdf')).toBeNull();
    expect(await readdir(path.join(root, 'data/invoices/2026-27'))).toEqual(['MP-26-27-0000001.pdf']); // no temporary files left
  });

  it.each([
    '../outside.pdf',
    'invoices/../../outside.pdf',
    '/etc/passwd',
    'invoices//x.pdf',
    'invoices/.hidden',
    'invoices/a..b.pdf',
    'invoices\\..\\x.pdf',
    'invoices/MP/26-27/0000001.pdf/',
    '',
    'in voices/x.pdf',
  ])('refuses the unsafe key %j, writing nothing', async (key) => {
    await expectInputErrorAsync(() => store.put(key, new Uint8Array([1])), 'key');
    await expectInputErrorAsync(() => store.get(key), 'key');
    expect(await readdir(root)).toEqual(['data']);
  });
});

describe('the S3 document store (a stand-in for S3 answering as S3 does)', () => {
  function fakeS3() {
    const objects = new Map<string, Uint8Array>();
    const client = {
      async send(command: PutObjectCommand | GetObjectCommand): Promise<any> {
        const { Bucket, Key } = command.input;
        if (command instanceof PutObjectCommand) {
          objects.set(`${Bucket}/${Key}`, command.input.Body as Uint8Array);
          return {};
        }
        const bytes = objects.get(`${Bucket}/${Key}`);
        if (!bytes) throw Object.assign(new Error('The specified key does not exist.'), { name: 'NoSuchKey' });
        return { Body: { transformToByteArray: async () => bytes } };
      },
    };
    return { objects, client: client as ObjectClient };
  }

  it('keeps bytes under documents/<key> in its bucket, replaces them on a second put, and answers null for a missing key', async () => {
    const s3 = fakeS3();
    const s3Store = new S3DocumentStore(s3.client, 'marketplace-data');
    await s3Store.put('invoices/2026-27/MP-26-27-0000001.pdf', new Uint8Array([1, 2, 3]));
    expect([...s3.objects.keys()]).toEqual(['marketplace-data/documents/invoices/2026-27/MP-26-27-0000001.pdf']);
    await s3Store.put('invoices/2026-27/MP-26-27-0000001.pdf', new Uint8Array([4]));
    expect(await s3Store.get('invoices/2026-27/MP-26-27-0000001.pdf')).toEqual(new Uint8Array([4]));
    expect(await s3Store.get('invoices/2026-27/MP-26-27-0000002.pdf')).toBeNull();
  });

  it('refuses a key that would leave its prefix, writing nothing', async () => {
    const s3 = fakeS3();
    const s3Store = new S3DocumentStore(s3.client, 'marketplace-data');
    await expectInputErrorAsync(() => s3Store.put('../other/x.pdf', new Uint8Array([1])), 'key');
    expect(s3.objects.size).toBe(0);
  });

  it('passes on failures other than a missing key (an outage is not "no document")', async () => {
    const failing = { send: async () => Promise.reject(Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable' })) };
    await expect(new S3DocumentStore(failing as unknown as ObjectClient, 'b').get('invoices/x.pdf')).rejects.toThrow('Service Unavailable');
  });
});
