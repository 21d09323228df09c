import { type MailMessage, renderEmail } from '@marketplace/shared';

/** Sent when someone signing in with a provider asks to link it to this account by email instead of password. */
export function socialLinkMail(to: { email: string; name: string }, providerName: string, link: string): MailMessage {
  return {
    to: to.email,
    subject: `Link ${providerName} to your Marketplace account`,
    links: [link],
    ...renderEmail({
      greeting: `Hi ${to.name},`,
      paragraphs: [
        `Someone signing in with ${providerName} asked to link it to your Marketplace account. Once linked, that ${providerName} account signs in to yours.`,
        'The link works once and expires in 30 minutes. If this was not you, ignore this message: nothing is linked.',
      ],
      action: { label: `Link ${providerName}`, url: link },
    }),
  };
}
