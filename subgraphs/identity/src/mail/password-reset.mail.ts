import { type MailMessage, renderEmail } from '@marketplace/shared';

/** Sent on request: the link that sets a new password. */
export function passwordResetMail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Reset your password',
    links: [link],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        'Someone asked to reset the password of your Marketplace account. Choose a new password with the link below.',
        'The link works once and expires in 1 hour. Resetting signs you out everywhere. If you did not ask for this, ignore this message: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url: link },
    }),
  };
}
