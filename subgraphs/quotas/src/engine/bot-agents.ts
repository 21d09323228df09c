import type { BotReason } from '@marketplace/contracts';

/**
 * User agents that announce automation: crawlers, HTTP libraries, command-line clients and headless browsers.
 * A browser or app that a solution serves sends none of these; a farm that forges a browser's agent is left to
 * the per-network limit.
 */
const KNOWN_BOT = new RegExp(
  [
    'bot\\b', 'bot/', 'crawler', 'spider', 'scraper', 'slurp', 'headlesschrome', 'phantomjs', 'selenium', 'puppeteer', 'playwright',
    '^curl/', '^wget/', '^python-requests', '^python-urllib', '^aiohttp', '^httpx', '^go-http-client', '^java/', '^okhttp',
    '^apache-httpclient', '^libwww-perl', '^node-fetch', '^axios/', '^undici', '^got ', '^ruby', '^php/', '^postmanruntime',
    '^insomnia', '^httpie', '^scrapy', '^masscan', '^zgrab', '^nmap',
  ].join('|'),
  'i',
);

/** Why `userAgent` looks like automation, or null when it looks like a person's client. */
export function botSuspicion(userAgent: string | undefined): BotReason | null {
  const agent = (userAgent ?? '').trim();
  if (!agent) return 'EMPTY_USER_AGENT';
  return KNOWN_BOT.test(agent) ? 'KNOWN_BOT_USER_AGENT' : null;
}
