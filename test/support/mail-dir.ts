import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Undoes quoted-printable (RFC 2045): soft line breaks and `=XX` escapes. Enough for the platform's own mail. */
function decodeQuotedPrintable(text: string): string {
  const bytes = Buffer.from(text.replace(/=\r?\n/g, ''), 'latin1');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes[i] === 0x3d ? bytes.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(bytes[i]!);
  }
  return Buffer.from(out).toString('utf8');
}

/**
 * The first match of `pattern` in the newest mail to `email` under `<dataDir>/mail` (where the platform writes
 * mail without SMTP_URL) that has one. Files are named by send time, so the last name is the newest.
 */
function newestMailMatch(dataDir: string, email: string, pattern: RegExp): RegExpExecArray | null {
  const dir = join(dataDir, 'mail');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse();
  } catch {
    return null;
  }
  const to = new RegExp(`^To: .*${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im');
  for (const file of files) {
    const text = decodeQuotedPrintable(readFileSync(join(dir, file), 'utf8'));
    if (!to.test(text)) continue;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/** Waits up to `timeoutMs` for the newest verification link mailed to `email` and returns its token. */
export async function waitForVerificationToken(dataDir: string, email: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const token = newestMailMatch(dataDir, email, /\/verify-email\?token=([\w-]+)/)?.[1];
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no verification mail to ${email} under ${join(dataDir, 'mail')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
