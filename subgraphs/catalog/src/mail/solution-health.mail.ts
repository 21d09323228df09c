import { type MailMessage, renderEmail } from '@marketplace/shared';
import type { PartnerProfileRecord } from '../data/application.repository.ts';
import type { HealthIncidentRecord } from '../data/health.repository.ts';
import type { SolutionRecord } from '../data/solution.repository.ts';

const FOOTER = 'You receive this as the contact of a Marketplace partner whose solution the platform monitors.';

/** "3 min", "2 h 5 min", "1 d 4 h": how long an incident lasted. */
export function humanDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `${Math.floor(hours / 24)} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

/** Sent to the partner's contact when a solution's health check starts failing, and when it passes again. */
export function solutionHealthMail(
  change: 'down' | 'up',
  partner: PartnerProfileRecord,
  solution: Pick<SolutionRecord, 'id' | 'name'>,
  incident: HealthIncidentRecord,
  publicUrl: string,
): MailMessage {
  const action = { label: 'Open the Health page', url: `${publicUrl}/partner/solutions/${solution.id}/health` };
  const down = change === 'down';
  const lasted = incident.endedAt ? humanDuration(new Date(incident.endedAt).getTime() - new Date(incident.startedAt).getTime()) : null;
  const subject = down ? `${solution.name} is down` : `${solution.name} is back up`;
  const paragraphs = down
    ? [
        `The platform's health check of ${solution.name} failed at ${incident.startedAt.replace('T', ' ').slice(0, 16)} UTC: ${incident.detail}.`,
        'Callers of your API may be failing. We check again every interval and will tell you when it recovers.',
      ]
    : [`${solution.name} passes its health check again${lasted ? ` after ${lasted} down` : ''}.`, `The incident began with: ${incident.detail}.`];
  return { to: partner.contactEmail, subject, links: [action.url], ...renderEmail({ greeting: `Hi ${partner.contactName},`, paragraphs, action, footer: FOOTER }) };
}
