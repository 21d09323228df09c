import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { InputError } from '@marketplace/shared';

/**
 * Where rendered documents (invoice and credit-note PDFs) are kept: local files under DATA_DIR, or S3 when
 * DOCUMENTS_BUCKET is set (the deployed stack sets it). Keys are relative paths of safe segments (`invoices/2026-27/MP-26-27-0000042.pdf`); a put
 * replaces what was there, as an S3 put does.
 */
export interface DocumentStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or null when nothing is stored there. */
  get(key: string): Promise<Uint8Array | null>;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** `key` when it is a safe relative path (no `..`, no absolute path, no odd characters), else an InputError. */
export function checkDocumentKey(key: unknown): string {
  const segments = typeof key === 'string' ? key.split('/') : [];
  const safe =
    typeof key === 'string' &&
    key.length <= 512 &&
    segments.length >= 1 &&
    segments.every((s) => SEGMENT.test(s) && !s.includes('..'));
  if (!safe) throw new InputError('key', 'A document key is a relative path of letters, digits, ".", "_" and "-" segments.');
  return key as string;
}

/** Documents as files under `root` (DATA_DIR); written to a temporary file and renamed, so readers never see half a file. */
export class LocalDocumentStore implements DocumentStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.fileOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private fileOf(key: string): string {
    const file = path.resolve(this.root, checkDocumentKey(key));
    // Belt and braces: the key check already rules out escaping the root.
    if (!file.startsWith(this.root + path.sep)) throw new InputError('key', 'A document key must stay inside the store.');
    return file;
  }
}

/** The two S3 calls the store makes, so tests can stand in for S3 (an `S3Client` satisfies it). */
export interface ObjectClient {
  send(command: PutObjectCommand): Promise<unknown>;
  send(command: GetObjectCommand): Promise<{ Body?: { transformToByteArray(): Promise<Uint8Array> } }>;
}

/**
 * Documents as S3 objects under `<prefix><key>` in one bucket (deployed: the data bucket's `documents/`). A put is
 * atomic in S3, so readers never see half a document either.
 */
export class S3DocumentStore implements DocumentStore {
  constructor(
    private readonly client: ObjectClient,
    private readonly bucket: string,
    private readonly prefix = 'documents/',
  ) {}

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.prefix + checkDocumentKey(key), Body: bytes, ContentType: 'application/pdf' }));
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + checkDocumentKey(key) }));
      return out.Body ? await out.Body.transformToByteArray() : null;
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }
}
