import type { BotReason } from '@marketplace/contracts';

/**
 * User agents that announce automation: crawlers, scrapers, scanners and headless browsers. HTTP libraries and
 * command-line clients (curl, python-requests, okhttp …) are not on the list: they are how developers try an
 * API. A farm that forges a person's agent is left to the per-network cap.
 */
const KNOWN_BOT = new RegExp(
  [
    '\\bbot\\b', 'bot/', 'bot;', '-bot', '_bot', 'crawler', 'crawl/', 'spider', 'scraper', 'slurp', 'headlesschrome', 'phantomjs', 'selenium', 'puppeteer',
    'playwright', 'scrapy', 'masscan', 'zgrab', 'nmap', 'nikto', 'sqlmap', 'nuclei', 'httrack', 'archiver',
  ].join('|'),
  'i',
);

/** Why `userAgent` looks like automation, or null when it looks like a person's client. */
export function botSuspicion(userAgent: string | undefined): BotReason | null {
  const agent = (userAgent ?? '').trim();
  if (!agent) return 'EMPTY_USER_AGENT';
  return KNOWN_BOT.test(agent) ? 'KNOWN_BOT_USER_AGENT' : null;
}
