/**
 * How long the platform keeps what it stores about people, declared once: the code that writes each item reads
 * its setting from here, and the web app's privacy page lists the same values (a test checks both).
 */
export interface RetentionRule {
  /** Stable id, e.g. `anonymous-counters`. */
  id: string;
  /** What is kept, in a user's words. */
  what: string;
  /** Why it is kept. */
  why: string;
  /** How long, in days (fractions for hours); null: as long as the account exists. */
  days: number | null;
  /** How long, in words, as the privacy page shows it. */
  period: string;
}

const DAY_MS = 86_400_000;

/** The grace period of an account deletion: the account can be restored until it ends. */
export const ACCOUNT_DELETION_GRACE_DAYS = 14;
/** An anonymous caller's quota counter after its trial window ends (then the fingerprint may start a new trial). */
export const ANONYMOUS_COUNTER_MARGIN_DAYS = 30;
/** A registered or paid quota counter after its window ends (usage charts, billing disputes). */
export const ACCOUNT_COUNTER_MARGIN_DAYS = 90;
/** The per-network-block record of new anonymous callers after its day ends. */
export const ANONYMOUS_BLOCK_MARGIN_DAYS = 2;
/** The networks a key was used from in a day (unusual-use notices) after that day ends. */
export const KEY_NETWORK_MARGIN_DAYS = 2;
/** A session (refresh-token family) after its last use. */
export const SESSION_DAYS = 30;
/** Sign-in, reset and verification-mail throttle records: at most one hour (their window). */
export const THROTTLE_HOURS = 1;
/** Mail files written to DATA_DIR/mail when no SMTP server is configured. */
export const MAIL_FILE_DAYS = 7;
/** Tax invoices and credit notes (GST: 72 months from the annual return's due date; kept 8 years). */
export const TAX_INVOICE_YEARS = 8;

export const days = (n: number): number => n * DAY_MS;

/** The retention rules the privacy page lists, in its order. */
export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    id: 'account',
    what: 'Your account: email address, name, password hash, roles, linked sign-in providers, consents',
    why: 'To sign you in and run your account',
    days: null,
    period: `Until you delete your account (then erased after a ${ACCOUNT_DELETION_GRACE_DAYS}-day grace period)`,
  },
  {
    id: 'sessions',
    what: 'Sessions (sign-ins and their refresh tokens, stored hashed)',
    why: 'To keep you signed in and let you end sessions',
    days: SESSION_DAYS,
    period: `${SESSION_DAYS} days after last use`,
  },
  {
    id: 'throttles',
    what: 'Sign-in and mail attempt counters (keyed hashes of the email and network, never the address or IP)',
    why: 'To stop password guessing and mail floods',
    days: THROTTLE_HOURS / 24,
    period: `${THROTTLE_HOURS} hour`,
  },
  {
    id: 'anonymous-counters',
    what: 'Anonymous trial counters (a keyed hash of IP, user agent and language; never the IP)',
    why: 'To give each anonymous caller its free trial once',
    days: ANONYMOUS_COUNTER_MARGIN_DAYS,
    period: `The trial window plus ${ANONYMOUS_COUNTER_MARGIN_DAYS} days`,
  },
  {
    id: 'anonymous-blocks',
    what: 'New anonymous callers per network block and day (keyed hashes only)',
    why: 'To stop rotating addresses from farming free trials',
    days: ANONYMOUS_BLOCK_MARGIN_DAYS,
    period: `The day plus ${ANONYMOUS_BLOCK_MARGIN_DAYS} days`,
  },
  {
    id: 'key-networks',
    what: 'The networks each of your keys was used from, per day (keyed hashes of the network, never the address)',
    why: 'To tell you when a key is used from unusually many networks',
    days: KEY_NETWORK_MARGIN_DAYS,
    period: `The day plus ${KEY_NETWORK_MARGIN_DAYS} days`,
  },
  {
    id: 'account-counters',
    what: 'Your quota counters per solution',
    why: 'To enforce your tier and show your usage',
    days: ACCOUNT_COUNTER_MARGIN_DAYS,
    period: `The quota window plus ${ACCOUNT_COUNTER_MARGIN_DAYS} days`,
  },
  {
    id: 'mail-files',
    what: 'Copies of emails written to the data directory when no mail server is configured',
    why: 'So a local installation can read the mail it sent',
    days: MAIL_FILE_DAYS,
    period: `${MAIL_FILE_DAYS} days`,
  },
  {
    id: 'tax-invoices',
    what: 'Tax invoices and credit notes: number, date, amounts, tax and place of supply; for a business buyer also its legal name, GSTIN and address',
    why: 'Indian GST law requires them; after account deletion they keep only these fields (your name, email and address leave the stored copies and PDFs)',
    days: TAX_INVOICE_YEARS * 365,
    period: `${TAX_INVOICE_YEARS} years`,
  },
  {
    id: 'payment-provider',
    what: 'Your payer record at Razorpay, our payment provider (name, email, phone number, as you gave them at checkout)',
    why: 'To charge your subscription',
    days: null,
    period: 'Until you delete your account (then overwritten with values that name no one)',
  },
  {
    id: 'usage-aggregates',
    what: 'Usage totals per solution and day',
    why: "Partners' analytics and billing; after account deletion they stay under a pseudonym that no longer leads to you",
    days: null,
    period: 'Kept, detached from you after account deletion',
  },
  {
    id: 'audit-trail',
    what: 'The audit trail of account, key, tier and billing changes (ids and actions; no email addresses or names)',
    why: 'Tamper-evident record of changes, for security and disputes',
    days: null,
    period: 'Kept; after account deletion it names only a pseudonymous id',
  },
];

/** The versions of the documents users consent to; raising one asks users to consent again. */
export const CONSENT_VERSIONS = { terms: '2026-11-01', marketing: '2026-11-01' } as const;
export type ConsentKind = keyof typeof CONSENT_VERSIONS;
