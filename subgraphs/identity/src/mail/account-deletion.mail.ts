import { type MailMessage, renderEmail } from '@marketplace/shared';

const day = (iso: string) => new Date(iso).toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, '');

/** Social-only accounts confirm a deletion from their inbox (they have no password to re-enter). */
export function deletionConfirmMail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Confirm the deletion of your Marketplace account',
    links: [link],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        'You asked to delete your Marketplace account. Confirm it with the link below; nothing is scheduled until you do.',
        'The link works once and expires in one hour. If you did not ask for this, ignore this message.',
      ],
      action: { label: 'Confirm the deletion', url: link },
    }),
  };
}

/** Sent when a deletion is scheduled: when it happens and how to cancel it. */
export function deletionScheduledMail(to: { email: string; name: string }, dueAt: string, settingsUrl: string, byAdmin: boolean): MailMessage {
  return {
    to: to.email,
    subject: 'Your Marketplace account will be deleted',
    links: [settingsUrl],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        byAdmin
          ? 'An administrator scheduled the deletion of your Marketplace account, following a request received by email.'
          : 'You asked to delete your Marketplace account.',
        `It will be deleted on ${day(dueAt)}: your keys are revoked, subscriptions cancelled and your personal data erased. Tax invoices are kept with the minimum fields the law requires.`,
        'Until then you can cancel the deletion in your account settings, and everything stays as it is.',
      ],
      action: { label: 'Open account settings', url: settingsUrl },
    }),
  };
}

/** Sent when a scheduled deletion is cancelled. */
export function deletionCancelledMail(to: { email: string; name: string }): MailMessage {
  return {
    to: to.email,
    subject: 'The deletion of your Marketplace account was cancelled',
    links: [],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: ['Your account will not be deleted; everything stays as it was. If you did not cancel it, reply to this message.'],
    }),
  };
}
