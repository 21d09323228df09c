import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { days, MAIL_FILE_DAYS } from '@marketplace/contracts';
import type { Logger } from './logger.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The action link(s) in the message; logged in local file mode so a developer can follow them. */
  links?: string[];
  /** Files sent with the message (e.g. an invoice PDF). */
  attachments?: { filename: string; content: Uint8Array; contentType: string }[];
}

/** The message as nodemailer takes it. */
function envelope(from: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments?.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
  };
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * The one mailer. With an SMTP URL it sends through that server; without one (local runs) every message is
 * written as an .eml file under `mailDir`, and its subject, file and links are logged.
 */
export function createMailer(options: { smtpUrl?: string; mailDir: string; from: string; logger: Logger }): Mailer {
  const { smtpUrl, mailDir, from, logger } = options;
  if (smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(smtpUrl);
    return {
      async send(message) {
        await transport.sendMail(envelope(from, message));
        logger.info({ subject: message.subject }, 'mail sent');
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let prunedAt = 0;
  return {
    async send(message) {
      // Mail files hold addresses and names: files past their retention go, checked at most hourly per process.
      if (Date.now() - prunedAt > 3_600_000) {
        prunedAt = Date.now();
        const removed = pruneMailFiles(mailDir, new Date());
        if (removed > 0) logger.info({ removed }, 'pruned old mail files');
      }
      const info = await transport.sendMail(envelope(from, message));
      mkdirSync(mailDir, { recursive: true });
      const slug = message.subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
      const file = join(mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${slug}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      // Local runs only: the link is how a developer without SMTP verifies an account.
      logger.info({ subject: message.subject, file, links: message.links }, 'mail written (no SMTP_URL set)');
    },
  };
}

/** Deletes `.eml` files in `mailDir` older than the retention (MAIL_FILE_DAYS); how many went. */
export function pruneMailFiles(mailDir: string, now: Date, keepMs = days(MAIL_FILE_DAYS)): number {
  if (!existsSync(mailDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(mailDir)) {
    if (!name.endsWith('.eml')) continue;
    const file = join(mailDir, name);
    if (now.getTime() - statSync(file).mtimeMs > keepMs) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Renders the standard message layout as text and HTML from the same parts. */
export function renderEmail(parts: {
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}): { text: string; html: string } {
  const footer = parts.footer ?? 'You receive this because of an account on Marketplace.';
  const text = [
    parts.greeting,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    '—',
    footer,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937;max-width:560px;margin:auto;padding:24px">
<p>${escapeHtml(parts.greeting)}</p>
${parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${parts.action ? `<p><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(parts.action.label)}</a></p><p style="font-size:12px;color:#6b7280">Or open ${escapeHtml(parts.action.url)}</p>` : ''}
<hr style="border:none;border-top:1px solid #e5e7eb"><p style="font-size:12px;color:#6b7280">${escapeHtml(footer)}</p>
</body></html>`;
  return { text, html };
}

/**
 * Sends without throwing: a mail failure is logged, and the change that caused the mail stands (users can ask
 * again, admins can see the state in the app).
 */
export async function sendMailSafely(deps: { mailer: Mailer; logger: Logger }, message: MailMessage): Promise<void> {
  try {
    await deps.mailer.send(message);
  } catch (error) {
    deps.logger.error({ err: error, subject: message.subject }, 'could not send mail');
  }
}
