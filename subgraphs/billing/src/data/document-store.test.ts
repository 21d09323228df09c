import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInputErrorAsync } from '../test/input-error.ts';
import { LocalDocumentStore } from './document-store.ts';

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
