import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { MAIL_FILE_DAYS } from '@marketplace/contracts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMailer, pruneMailFiles, renderEmail } from './mailer.ts';

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = (fields: Record<string, unknown>, msg: string) => lines.push({ ...fields, msg });
  return { lines, logger: { info: log, warn: log, error: log } as never };
}

describe('the mailer without SMTP', () => {
  it('writes each message as an .eml file and logs its subject and link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mp-mail-'));
    const { lines, logger } = captureLogger();
    const mailer = createMailer({ mailDir: dir, from: 'Marketplace <no-reply@test.local>', logger });
    const body = renderEmail({ greeting: 'Hi <Ada>,', paragraphs: ['Confirm it.'], action: { label: 'Verify', url: 'http://localhost:4000/verify-email?token=abc' } });
    await mailer.send({ to: 'ada@example.com', subject: 'Verify your email', ...body, links: ['http://localhost:4000/verify-email?token=abc'] });

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/verify-your-email\.eml$/);
    const eml = readFileSync(join(dir, files[0]!), 'utf8');
    expect(eml).toMatch(/^To: ada@example.com$/m);
    expect(eml).toMatch(/^Subject: Verify your email$/m);
    expect(eml).toContain('Hi &lt;Ada&gt;,');
    expect(lines[0]).toMatchObject({ subject: 'Verify your email', links: ['http://localhost:4000/verify-email?token=abc'] });
  });
});

describe('mail file retention', () => {
  it(`deletes .eml files older than ${MAIL_FILE_DAYS} days and keeps newer ones and other files`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'mp-mail-'));
    const now = new Date('2026-12-01T12:00:00Z');
    const at = (name: string, ageDays: number) => {
      writeFileSync(join(dir, name), 'x');
      const when = new Date(now.getTime() - ageDays * 86_400_000);
      utimesSync(join(dir, name), when, when);
    };
    at('old.eml', MAIL_FILE_DAYS + 0.1);
    at('recent.eml', MAIL_FILE_DAYS - 0.1);
    at('notes.txt', MAIL_FILE_DAYS + 5);
    expect(pruneMailFiles(dir, now)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'recent.eml']);
    expect(pruneMailFiles(join(dir, 'missing'), now)).toBe(0);
  });
});
