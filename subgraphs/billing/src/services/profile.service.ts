import { auditEventPut, checkFields, type FieldProblem, InputError, invalidInput, retryWhileStale, STALE, transactWrite } from '@marketplace/shared';
import { type ProfileRecord, ProfileRepository } from '../data/profile.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { findState } from '../money/indian-states.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import { type BuyerInput, checkBuyer } from './tax-document.ts';

export interface ProfileInput {
  legalName: string;
  email: string;
  gstin?: string | null;
  state?: string | null;
  address?: string | null;
}

/** The profile as the API shows it. */
export interface ProfileView {
  legalName: string;
  email: string;
  gstin: string | null;
  state: string | null;
  stateCode: string | null;
  address: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** checkBuyer's field names → the API's, and what the form's messages call them (people never read a path). */
const FIELD_NAMES: [RegExp, string, string][] = [
  [/^input\.name$/, 'input.legalName', 'The legal name'],
  [/^input\.email$/, 'input.email', 'The billing email'],
  [/^input\.gstin$/, 'input.gstin', 'The GSTIN'],
  [/^input\.stateCode$/, 'input.state', 'The state'],
  [/^input\.addressLines(\[\d+\])?$/, 'input.address', 'An address line'],
];

/** The problems under the API's field names, worded for the form, one per field (the first found). */
function inWords(problems: readonly FieldProblem[]): FieldProblem[] {
  const byField = new Map<string, string>();
  for (const { field: at, message } of problems) {
    const [, field, label] = FIELD_NAMES.find(([pattern]) => pattern.test(at)) ?? [null, at, at];
    if (!byField.has(field)) byField.set(field, message.replace(at, label));
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

export function toProfileView(record: ProfileRecord): ProfileView {
  const state = record.stateCode ? findState(record.stateCode) : null;
  return {
    legalName: record.legalName,
    email: record.email,
    gstin: record.gstin,
    state: state?.name ?? null,
    stateCode: state?.code ?? null,
    address: record.addressLines.length ? record.addressLines.join('\n') : null,
  };
}

/** Owns customers' billing profiles (who invoices are made out to) and the buyer of each invoice. */
export class ProfileService {
  private readonly repo: ProfileRepository;

  constructor(private readonly deps: BillingDeps) {
    this.repo = new ProfileRepository(deps.db, deps.table);
  }

  get(userId: string): Promise<ProfileRecord | null> {
    return this.repo.get(userId);
  }

  /** Checks (GSTIN checksum, state, GSTIN in that state; errors name `input.<field>`) and saves, audited. */
  async update(userId: string, input: ProfileInput): Promise<ProfileRecord> {
    const email = typeof input.email === 'string' ? input.email.trim() : '';
    const address = input.address?.split('\n').map((line) => line.trim()).filter(Boolean) ?? [];
    let buyer;
    try {
      ({ buyer } = checkFields({
        email: () => {
          if (!EMAIL.test(email) || email.length > 254) throw new InputError('input.email', 'The billing email must be an email address, e.g. accounts@example.com.');
        },
        buyer: () => checkBuyer('input', { name: input.legalName, email, gstin: input.gstin, stateCode: input.state, addressLines: address }),
      }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw invalidInput(inWords(error.problems ?? [{ field: error.field ?? 'input', message: error.message }]));
    }
    return retryWhileStale(async () => {
      const previous = await this.repo.get(userId);
      const now = this.deps.clock.now();
      const next: ProfileRecord = {
        userId,
        legalName: buyer.name,
        email: buyer.email,
        gstin: buyer.gstin,
        stateCode: buyer.state?.code ?? null,
        addressLines: buyer.addressLines,
        updatedAt: now.toISOString(),
        version: previous?.version ?? 0,
      };
      const audit = auditEventPut(
        this.deps.table,
        {
          stream: AUDIT_STREAM,
          actorId: userId,
          action: 'billing.profile.update',
          targetType: 'BillingProfile',
          targetId: userId,
          userId,
          before: previous ? { gstin: previous.gstin, stateCode: previous.stateCode } : null,
          after: { gstin: next.gstin, stateCode: next.stateCode },
        },
        now,
      );
      const result = await transactWrite(this.deps.db, [this.repo.put(next), ...audit.items]);
      return result.ok ? { ...next, version: next.version + 1 } : STALE;
    });
  }

  /** Who an invoice of `userId` is made out to: the billing profile, else the account's name and email. */
  async buyerOf(userId: string): Promise<BuyerInput> {
    const profile = await this.repo.get(userId);
    if (profile) {
      return { name: profile.legalName, email: profile.email, gstin: profile.gstin, stateCode: profile.stateCode, addressLines: profile.addressLines };
    }
    const account = await this.deps.users.profile(userId);
    if (!account) throw new InputError('userId', 'No such user.');
    return { name: account.name || account.email, email: account.email };
  }
}
