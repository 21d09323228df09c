import { type MailMessage, renderEmail } from '@marketplace/shared';

/** Sent when an admin suspends an account, with the reason they gave. */
export function suspensionMail(to: { email: string; name: string }, reason: string): MailMessage {
  return {
    to: to.email,
    subject: 'Your Marketplace account has been suspended',
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        'An administrator suspended your Marketplace account. You have been signed out and cannot sign in while the suspension lasts.',
        `Reason: ${reason}`,
        'If you think this is a mistake, reply to this message.',
      ],
    }),
  };
}
