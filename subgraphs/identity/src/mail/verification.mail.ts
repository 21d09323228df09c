import { type MailMessage, renderEmail } from '@marketplace/shared';

/** Sent on registration and on request: the link that verifies the address. */
export function verificationMail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Verify your email address',
    links: [link],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        'Welcome to Marketplace. Confirm that this is your email address to finish creating your account.',
        'The link works once and expires in 24 hours. If you did not sign up, ignore this message.',
      ],
      action: { label: 'Verify email address', url: link },
    }),
  };
}
