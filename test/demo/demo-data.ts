import type { TierInput } from '../support/seed.ts';

/** What `npm run demo` puts on a platform: one partner, three solutions, one customer, six visitors who sign up. Fixed, so runs converge. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_PARTNER = {
  email: 'partner@demo.marketplace.local',
  name: 'Priya Partner',
  application: {
    companyName: 'Demo APIs Pvt Ltd',
    website: 'https://demo-apis.example',
    contactName: 'Priya Partner',
    contactEmail: 'partner@demo.marketplace.local',
    description: 'Three small APIs to show the marketplace: summaries, SMS and exchange rates.',
  },
};

export const DEMO_CUSTOMER = { email: 'customer@demo.marketplace.local', name: 'Chetan Customer' };

export interface DemoEndpoint {
  method: 'GET' | 'POST';
  path: string;
  description: string;
  costWeight?: number;
  tiers?: TierInput['tier'][];
}

export interface DemoSolution {
  slug: string;
  name: string;
  summary: string;
  description: string;
  category: string;
  tags: string[];
  baseUrl: string;
  documentationUrl: string;
  tiers: TierInput[];
  endpoints: DemoEndpoint[];
}

const free = (callAllowance: number, trialDays: number, ratePerSecond: number, highlights: string[], features: TierInput['features'] = []) => ({
  callAllowance,
  trialDays,
  ratePerSecond,
  highlights,
  features,
});

export const DEMO_SOLUTIONS: DemoSolution[] = [
  {
    slug: 'demo-text-summariser',
    name: 'Text Summariser',
    summary: 'Short, faithful summaries of articles, emails and transcripts in one call.',
    description:
      '## Summaries on demand\n\nSend any text up to 2,00,000 characters and get a summary in the length you ask for.\n\n' +
      '- Bullet points or a paragraph\n- English, Hindi and 20 more languages\n- Batch mode for paid tiers',
    category: 'AI & Machine Learning',
    tags: ['nlp', 'summarisation', 'ai'],
    baseUrl: 'https://summariser.demo-apis.example',
    documentationUrl: 'https://docs.demo-apis.example/summariser',
    tiers: [
      { tier: 'ANONYMOUS', ...free(10, 15, 2, ['10 summaries to try, no sign-up', 'Up to 2,000 characters per text'], [{ key: 'maxInputChars', type: 'NUMBER', numberValue: 2000 }]) },
      { tier: 'REGISTERED', ...free(200, 30, 10, ['200 summaries over 30 days', 'Up to 20,000 characters per text'], [{ key: 'maxInputChars', type: 'NUMBER', numberValue: 20000 }]) },
      {
        tier: 'PRO',
        callAllowance: 20_000,
        ratePerSecond: 100,
        monthlyPricePaise: 149_900,
        features: [
          { key: 'maxInputChars', type: 'NUMBER', numberValue: 200000 },
          { key: 'batch', type: 'BOOLEAN', booleanValue: true },
        ],
        highlights: ['20,000 summaries a month', 'Batch endpoint', 'Email support'],
      },
      {
        tier: 'ENTERPRISE',
        callAllowance: 2_000_000,
        ratePerSecond: 500,
        monthlyPricePaise: 1_499_900,
        features: [
          { key: 'maxInputChars', type: 'NUMBER', numberValue: 200000 },
          { key: 'batch', type: 'BOOLEAN', booleanValue: true },
          { key: 'support', type: 'STRING', stringValue: '24x7' },
        ],
        highlights: ['20,00,000 summaries a month', 'Batch endpoint', '24×7 support with an SLA'],
      },
    ],
    endpoints: [
      { method: 'POST', path: '/v1/summarize', description: 'Summarise one text.' },
      { method: 'POST', path: '/v1/summarize/batch', description: 'Summarise up to 50 texts.', costWeight: 10, tiers: ['PRO', 'ENTERPRISE'] },
      { method: 'GET', path: '/v1/languages', description: 'The languages supported.' },
    ],
  },
  {
    slug: 'demo-sms-notify',
    name: 'SMS Notify',
    summary: 'Transactional SMS and one-time passwords to Indian and international numbers.',
    description:
      '## Reach people where they are\n\nSend transactional messages and OTPs with delivery reports.\n\n' +
      '- DLT-registered templates\n- Delivery status by message id\n- OTP send and verify in two calls',
    category: 'Communication',
    tags: ['sms', 'otp', 'notifications'],
    baseUrl: 'https://sms.demo-apis.example',
    documentationUrl: 'https://docs.demo-apis.example/sms',
    tiers: [
      { tier: 'ANONYMOUS', ...free(5, 7, 1, ['5 test messages to your own number']) },
      { tier: 'REGISTERED', ...free(500, 30, 20, ['500 messages over 30 days', 'Delivery reports'], [{ key: 'deliveryReports', type: 'BOOLEAN', booleanValue: true }]) },
      {
        tier: 'PRO',
        callAllowance: 50_000,
        ratePerSecond: 100,
        monthlyPricePaise: 249_900,
        limitMode: 'SOFT',
        overagePricePaise: 25,
        features: [
          { key: 'deliveryReports', type: 'BOOLEAN', booleanValue: true },
          { key: 'senderId', type: 'STRING', stringValue: 'custom' },
        ],
        highlights: ['50,000 messages a month', 'Then ₹0.25 a message', 'Your own sender id'],
      },
      {
        tier: 'ENTERPRISE',
        callAllowance: 5_000_000,
        ratePerSecond: 1000,
        monthlyPricePaise: 4_999_900,
        features: [
          { key: 'deliveryReports', type: 'BOOLEAN', booleanValue: true },
          { key: 'senderId', type: 'STRING', stringValue: 'custom' },
          { key: 'dedicatedRoute', type: 'BOOLEAN', booleanValue: true },
        ],
        highlights: ['50,00,000 messages a month', 'Dedicated route', 'Account manager'],
      },
    ],
    endpoints: [
      { method: 'POST', path: '/v1/messages', description: 'Send one SMS.' },
      { method: 'GET', path: '/v1/messages/{id}', description: 'Delivery status of a message.' },
      { method: 'POST', path: '/v1/otp', description: 'Send a one-time password.', costWeight: 2 },
    ],
  },
  {
    slug: 'demo-fx-rates',
    name: 'FX Rates',
    summary: 'Live and historical currency exchange rates for 170 currencies, INR first.',
    description:
      '## Exchange rates you can build on\n\nMid-market rates refreshed every minute, with history back to 1999.\n\n' +
      '- Latest rates and any past date\n- Conversion with the rate used\n- 170 currencies',
    category: 'Data & Analytics',
    tags: ['fx', 'currency', 'finance'],
    baseUrl: 'https://fx.demo-apis.example',
    documentationUrl: 'https://docs.demo-apis.example/fx',
    tiers: [
      // The platform's default free allowances, so the README's "Try it" shows them: 10 anonymous calls, 100 with a key.
      { tier: 'ANONYMOUS', ...free(10, 15, 5, ['10 lookups to try, no sign-up'], [{ key: 'refreshSeconds', type: 'NUMBER', numberValue: 3600 }]) },
      { tier: 'REGISTERED', ...free(100, 30, 10, ['100 lookups over 30 days', 'Hourly rates'], [{ key: 'refreshSeconds', type: 'NUMBER', numberValue: 3600 }]) },
      {
        tier: 'PRO',
        callAllowance: 100_000,
        ratePerSecond: 50,
        monthlyPricePaise: 79_900,
        features: [
          { key: 'refreshSeconds', type: 'NUMBER', numberValue: 60 },
          { key: 'history', type: 'BOOLEAN', booleanValue: true },
        ],
        highlights: ['1,00,000 lookups a month', 'Rates every minute', 'History back to 1999'],
      },
      {
        tier: 'ENTERPRISE',
        callAllowance: 10_000_000,
        ratePerSecond: 500,
        monthlyPricePaise: 999_900,
        features: [
          { key: 'refreshSeconds', type: 'NUMBER', numberValue: 10 },
          { key: 'history', type: 'BOOLEAN', booleanValue: true },
          { key: 'sla', type: 'STRING', stringValue: '99.95%' },
        ],
        highlights: ['1,00,00,000 lookups a month', 'Rates every 10 seconds', '99.95 % uptime SLA'],
      },
    ],
    endpoints: [
      { method: 'GET', path: '/v1/rates/latest', description: 'The latest rates against a base currency.' },
      { method: 'GET', path: '/v1/rates/{date}', description: 'Rates on a past date.', tiers: ['REGISTERED', 'PRO', 'ENTERPRISE'] },
      { method: 'GET', path: '/v1/convert', description: 'Converts an amount between two currencies.' },
    ],
  },
];

/**
 * The customer's keys: on the summariser with a PRO grant (a paid tier, so a monthly window), and on SMS at the
 * registered tier. `today` is how many calls the demo makes through the shim today; `perDay` shapes the past.
 */
export const DEMO_KEYS = [
  { slug: 'demo-text-summariser', name: 'Demo newsroom app', grant: 'PRO' as const, endpoint: 'POST /v1/summarize', today: 150, perDay: 140 },
  { slug: 'demo-sms-notify', name: 'Demo checkout alerts', grant: null, endpoint: 'POST /v1/messages', today: 60, perDay: 12 },
];

/** The customer's paid subscription: Pro on SMS Notify, paid today at checkout (one invoice, a period from today). */
export const DEMO_SUBSCRIPTION = { slug: 'demo-sms-notify' };

/**
 * Visitors who convert, two on each solution: each tries it anonymously today from their own client (`ip`,
 * `userAgent`: the shim's fingerprint), signs up, creates a key and calls on with it from the same client, and one of
 * each two pays for Pro. So the funnels show registered and paid callers, and revenue more than one customer's.
 */
export const DEMO_CONVERTS = [
  { email: 'asha@demo.marketplace.local', name: 'Asha Rao', slug: 'demo-text-summariser', endpoint: 'POST /v1/summarize', keyName: 'Newsletter digests', ip: '192.0.2.11', userAgent: 'Mozilla/5.0 (demo visitor Asha)', anonymousCalls: 2, keyedCalls: 12, pays: true },
  { email: 'vikram@demo.marketplace.local', name: 'Vikram Iyer', slug: 'demo-text-summariser', endpoint: 'POST /v1/summarize', keyName: 'Meeting notes bot', ip: '192.0.2.12', userAgent: 'Mozilla/5.0 (demo visitor Vikram)', anonymousCalls: 2, keyedCalls: 6, pays: false },
  { email: 'meera@demo.marketplace.local', name: 'Meera Nair', slug: 'demo-sms-notify', endpoint: 'POST /v1/messages', keyName: 'Clinic reminders', ip: '192.0.2.13', userAgent: 'Mozilla/5.0 (demo visitor Meera)', anonymousCalls: 1, keyedCalls: 10, pays: true },
  { email: 'arjun@demo.marketplace.local', name: 'Arjun Das', slug: 'demo-sms-notify', endpoint: 'POST /v1/messages', keyName: 'Shop order alerts', ip: '192.0.2.14', userAgent: 'Mozilla/5.0 (demo visitor Arjun)', anonymousCalls: 1, keyedCalls: 5, pays: false },
  { email: 'farah@demo.marketplace.local', name: 'Farah Khan', slug: 'demo-fx-rates', endpoint: 'GET /v1/convert', keyName: 'Invoice converter', ip: '192.0.2.15', userAgent: 'Mozilla/5.0 (demo visitor Farah)', anonymousCalls: 3, keyedCalls: 15, pays: true },
  { email: 'rohan@demo.marketplace.local', name: 'Rohan Gupta', slug: 'demo-fx-rates', endpoint: 'GET /v1/rates/latest', keyName: 'Travel budget app', ip: '192.0.2.16', userAgent: 'Mozilla/5.0 (demo visitor Rohan)', anonymousCalls: 4, keyedCalls: 8, pays: false },
];

/**
 * The FX Rates listing is served by a real solution: `npm run demo` runs `sdk/examples/fx-rates` on this port
 * (FX_RATES_PORT) and registers its base URL and health URL on the listing.
 */
export const DEMO_FX = { slug: 'demo-fx-rates', defaultPort: 5050 };

/** Anonymous visitors trying the FX API today (fingerprinted by the shim, never identified). */
export const DEMO_ANONYMOUS = { slug: 'demo-fx-rates', endpoint: 'GET /v1/rates/latest', calls: 8 };

/** How many past days of usage the demo writes. */
export const HISTORY_DAYS = 27;

/** A deterministic, plausible day of traffic: weekdays busier than weekends, a slow upward trend, some refusals. */
export function pastDay(perDay: number, daysAgo: number, weekday: number): { allowed: number; denied: number } {
  const weekend = weekday === 0 || weekday === 6;
  const trend = 1 - daysAgo / 60;
  const wobble = ((daysAgo * 37) % 11) / 20; // 0 … 0.5
  const allowed = Math.max(1, Math.round(perDay * trend * (weekend ? 0.4 : 1) * (0.8 + wobble)));
  return { allowed, denied: daysAgo % 6 === 0 ? Math.ceil(allowed / 25) : 0 };
}
