import { type MailMessage, renderEmail } from '@marketplace/shared';

/** Sent on request from settings to an account without a password (social sign-up): the link that sets its first one. */
export function passwordSetupMail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Set a password for your Marketplace account',
    links: [link],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        'You asked to add a password to your Marketplace account, so you can sign in with your email address as well as your linked provider. Choose it with the link below.',
        'The link works once and expires in 1 hour. Setting the password signs you out everywhere; sign in again with either way. If you did not ask for this, ignore this message.',
      ],
      action: { label: 'Set a password', url: link },
    }),
  };
}
