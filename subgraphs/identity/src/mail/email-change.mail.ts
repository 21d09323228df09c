import { type MailMessage, renderEmail } from '@marketplace/shared';

/** Sent to the new address: the link that confirms it and makes the change. */
export function emailChangeMail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Confirm your new email address',
    links: [link],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        'You asked to use this address for your Marketplace account. Confirm it with the link below; until then your account keeps its current address.',
        'The link works once and expires in 24 hours. If you did not ask for this, ignore this message.',
      ],
      action: { label: 'Confirm this address', url: link },
    }),
  };
}

/** Sent to the old address once the change is made, so a change the owner did not make does not go unnoticed. */
export function emailChangedMail(to: { email: string; name: string }, newEmail: string): MailMessage {
  return {
    to: to.email,
    subject: 'Your email address was changed',
    links: [],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        `The email address of your Marketplace account is now ${newEmail}. Sign-in and messages use the new address from now on.`,
        'If you did not make this change, reply to this message or contact the platform administrator at once.',
      ],
    }),
  };
}
