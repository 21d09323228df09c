import type { Logger, Mailer, MailMessage } from '@marketplace/shared';

/** Mail failures are logged, not thrown: the change that caused the mail stands, and users can ask again. */
export async function sendMail(deps: { mailer: Mailer; logger: Logger }, message: MailMessage): Promise<void> {
  try {
    await deps.mailer.send(message);
  } catch (error) {
    deps.logger.error({ err: error, subject: message.subject }, 'could not send mail');
  }
}
