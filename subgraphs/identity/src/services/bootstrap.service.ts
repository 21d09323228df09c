import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newId, randomToken } from '@marketplace/shared';
import { auditEventPut } from '@marketplace/shared';
import { AUDIT_STREAM } from '../data/keys.ts';
import { UserRepository, type UserRecord } from '../data/user.repository.ts';
import { isStoreUnavailable, transactWrite } from '@marketplace/shared';
import type { IdentityDeps } from '../deps.ts';
import { checkPassword, hashPassword, validEmail, verifyPassword } from './credentials.ts';

export const DEFAULT_ADMIN_EMAIL = 'admin@marketplace.local';
export const ADMIN_PASSWORD_FILE = 'admin-password.txt';

export interface BootstrapOptions {
  email?: string;
  password?: string;
  /** Where a generated password is written (mode 600). */
  dataDir: string;
}

export interface BootstrapResult {
  created: boolean;
  email: string;
  /** Set when this call generated the password and wrote it there. */
  passwordFile?: string;
}

/**
 * Creates the first admin once per table: verified, roles customer + admin, from the given email/password or
 * `admin@marketplace.local` with a generated password written to `<dataDir>/admin-password.txt`. The
 * BOOTSTRAP#ADMIN claim, the email claim, the user and the audit event are one transaction, so concurrent
 * starts create exactly one admin; later starts change nothing. A start whose transaction was applied but not
 * answered (a store timeout; the process retries its start) keeps its pending password file, and the retry, finding
 * the admin made, moves the pending password that matches it into place, so the generated password is never lost.
 */
export async function ensureBootstrapAdmin(
  deps: Pick<IdentityDeps, 'db' | 'table' | 'clock'>,
  options: BootstrapOptions,
): Promise<BootstrapResult> {
  const users = new UserRepository(deps.db, deps.table);
  const existing = await users.getBootstrapClaim();
  if (existing) {
    const passwordFile = await adoptPendingPassword(users, existing.userId, options.dataDir);
    return passwordFile ? { created: true, email: existing.email, passwordFile } : { created: false, email: existing.email };
  }

  const email = validEmail('ADMIN_EMAIL', options.email ?? DEFAULT_ADMIN_EMAIL);
  const generated = options.password === undefined;
  const password = options.password ?? randomToken(18);
  checkPassword('ADMIN_PASSWORD', password, email);

  // The generated password goes to a private temp file first, renamed into place only by the start that wins,
  // so a losing start never overwrites the real password and a crash never leaves an admin nobody can use.
  const pending = generated ? writePendingPassword(options.dataDir, password) : undefined;
  let outcomeUnknown = false;
  try {
    const now = deps.clock.now();
    const admin: UserRecord = {
      id: newId('usr', now),
      email,
      name: 'Administrator',
      nameLower: 'administrator',
      passwordHash: await hashPassword(password),
      roles: ['customer', 'admin'],
      status: 'active',
      emailVerified: true,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    const audit = auditEventPut(
      deps.table,
      {
        stream: AUDIT_STREAM,
        actorId: null,
        action: 'user.bootstrap',
        targetType: 'User',
        targetId: admin.id,
        userId: admin.id,
        before: null,
        after: { email, roles: ['CUSTOMER', 'ADMIN'] },
      },
      now,
    );
    const result = await transactWrite(deps.db, [users.putBootstrapClaim(admin), ...users.putNew(admin), ...audit.items]).catch(
      (error: unknown) => {
        // Perhaps applied: keep the pending password for the retry to adopt.
        if (isStoreUnavailable(error)) outcomeUnknown = true;
        throw error;
      },
    );
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') {
        const winner = await users.getBootstrapClaim();
        return { created: false, email: winner?.email ?? email };
      }
      if (result.reasons[1] === 'ConditionalCheckFailed') {
        throw new Error(`The admin email ${email} already belongs to an account; set ADMIN_EMAIL to another address.`);
      }
      throw new Error(`bootstrap admin: transaction cancelled (${result.reasons.join(', ')})`);
    }
    if (!pending) return { created: true, email };
    const passwordFile = join(options.dataDir, ADMIN_PASSWORD_FILE);
    renameSync(pending, passwordFile);
    chmodSync(passwordFile, 0o600);
    return { created: true, email, passwordFile };
  } finally {
    if (pending && !outcomeUnknown) {
      try {
        unlinkSync(pending);
      } catch {
        /* renamed into place */
      }
    }
  }
}

/**
 * After a start whose outcome was unknown: the pending password that is the admin's, renamed into place (other
 * pending files are from starts that lost and are deleted). Nothing when the password file exists already.
 */
async function adoptPendingPassword(users: UserRepository, adminId: string, dataDir: string): Promise<string | undefined> {
  const passwordFile = join(dataDir, ADMIN_PASSWORD_FILE);
  if (!existsSync(dataDir) || existsSync(passwordFile)) return undefined;
  const pendings = readdirSync(dataDir).filter((name) => name.startsWith(`${ADMIN_PASSWORD_FILE}.`) && name.endsWith('.tmp'));
  if (pendings.length === 0) return undefined;
  const admin = await users.get(adminId);
  let adopted: string | undefined;
  for (const name of pendings) {
    const file = join(dataDir, name);
    if (!adopted && admin?.passwordHash && (await verifyPassword(admin.passwordHash, readFileSync(file, 'utf8').trim()))) {
      renameSync(file, passwordFile);
      chmodSync(passwordFile, 0o600);
      adopted = passwordFile;
    } else {
      unlinkSync(file);
    }
  }
  return adopted;
}

function writePendingPassword(dataDir: string, password: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, `${ADMIN_PASSWORD_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return file;
}
