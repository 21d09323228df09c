import { type MailMessage, renderEmail } from '@marketplace/shared';
import type { PartnerProfileRecord } from '../data/application.repository.ts';
import type { SolutionRecord } from '../data/solution.repository.ts';

/** What happened to a partner's solution that the partner hears about by email. */
export type ReviewOutcome = 'approved' | 'rejected' | 'suspended' | 'reinstated';

const FOOTER = 'You receive this as the contact of a Marketplace partner.';

/** Sent to the partner's contact (from their approved application) when an admin decides about a solution. */
export function solutionReviewMail(
  outcome: ReviewOutcome,
  partner: PartnerProfileRecord,
  solution: SolutionRecord,
  publicUrl: string,
  reason: string | null,
): MailMessage {
  const manage = `${publicUrl}/partner/solutions/${solution.id}`;
  const live = `${publicUrl}/solutions/${solution.slug}`;
  const content: Record<ReviewOutcome, { subject: string; paragraphs: string[]; action: { label: string; url: string } }> = {
    approved: {
      subject: `${solution.name} is live on Marketplace`,
      paragraphs: [`An administrator approved ${solution.name}. It is now listed in the public catalog.`],
      action: { label: 'See it in the catalog', url: live },
    },
    rejected: {
      subject: `${solution.name} was not approved`,
      paragraphs: [
        `An administrator reviewed ${solution.name} and could not approve it yet.`,
        `Reason: ${reason ?? ''}`,
        'Edit the solution to address this; it returns to draft, and you can submit it again.',
      ],
      action: { label: 'Edit the solution', url: manage },
    },
    suspended: {
      subject: `${solution.name} has been suspended`,
      paragraphs: [
        `An administrator suspended ${solution.name}. It is no longer listed in the catalog.`,
        `Reason: ${reason ?? ''}`,
        'If you think this is a mistake, reply to this message.',
      ],
      action: { label: 'Open the solution', url: manage },
    },
    reinstated: {
      subject: `${solution.name} has been reinstated`,
      paragraphs: [`An administrator lifted the suspension of ${solution.name}. It is ${solution.status === 'PUBLISHED' ? 'listed in the catalog again' : 'unpublished; republish it when you are ready'}.`],
      action: { label: 'Open the solution', url: manage },
    },
  };
  const { subject, paragraphs, action } = content[outcome];
  return {
    to: partner.contactEmail,
    subject,
    links: [action.url],
    ...renderEmail({ greeting: `Hi ${partner.contactName},`, paragraphs, action, footer: FOOTER }),
  };
}
