import { type MailMessage, renderEmail } from '@marketplace/shared';
import type { ApplicationRecord } from '../data/application.repository.ts';

const FOOTER = 'You receive this because you applied to become a partner on Marketplace.';

/** Sent to the application's contact when an admin approves it. */
export function applicationApprovedMail(application: ApplicationRecord, publicUrl: string): MailMessage {
  const url = `${publicUrl}/partner`;
  return {
    to: application.contactEmail,
    subject: `${application.companyName} is now a Marketplace partner`,
    links: [url],
    ...renderEmail({
      greeting: `Hi ${application.contactName},`,
      paragraphs: [
        `Your application for ${application.companyName} was approved. You can now list solutions on Marketplace.`,
        // The gateway reads roles from the account on every request: no new sign-in is needed (README, Security model).
        'Your partner access works now, without signing in again: create your first solution, set up its tiers and endpoints, and submit it for review.',
      ],
      action: { label: 'Open the partner area', url },
      footer: FOOTER,
    }),
  };
}

/** Sent to the application's contact when an admin rejects it, with the reason they gave. */
export function applicationRejectedMail(application: ApplicationRecord, reason: string): MailMessage {
  return {
    to: application.contactEmail,
    subject: `Your Marketplace partner application for ${application.companyName}`,
    ...renderEmail({
      greeting: `Hi ${application.contactName},`,
      paragraphs: [
        `We could not approve the partner application for ${application.companyName}.`,
        `Reason: ${reason}`,
        'You are welcome to apply again once this is addressed.',
      ],
      footer: FOOTER,
    }),
  };
}
