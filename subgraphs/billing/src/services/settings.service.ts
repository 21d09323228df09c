import { auditEventPut, conflict, InputError, isId, notFound, retryWhileStale, STALE, transactWrite } from '@marketplace/shared';
import { SettingsRepository } from '../data/settings.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { checkFeeBps, effectiveFeeBps } from '../money/commission.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import type { BillingSettings } from './billing-settings.ts';
import { checkSeller, type Seller, type SellerSettings, sellerSettingsOf } from './seller.ts';

/**
 * Stands in for the seller outside production until an admin sets one, so local runs and tests can invoice.
 * Its GSTIN is well-formed but belongs to nobody; documents made with it say "test mode" in the seller's name.
 */
export const PLACEHOLDER_SELLER: SellerSettings = {
  legalName: 'Marketplace Technologies (test mode)',
  addressLines: ['12 Residency Road', 'Bengaluru 560025, Karnataka'],
  gstin: '29AAACM1234F1ZU',
  stateCode: '29',
  email: 'billing@marketplace.local',
};

export interface CommissionView {
  defaultBps: number;
  solutions: { solutionId: string; feeBps: number }[];
}

/** Owns the admin's billing settings: the seller on tax documents and the platform's fee. Every change is audited. */
export class SettingsService {
  private readonly repo: SettingsRepository;

  constructor(private readonly deps: BillingDeps) {
    this.repo = new SettingsRepository(deps.db, deps.table);
  }

  /** The seller as set, or outside production the placeholder (`placeholder: true`); null in production until set. */
  async seller(): Promise<{ settings: SellerSettings; placeholder: boolean } | null> {
    const settings = await this.repo.get();
    if (settings.seller) return { settings: settings.seller, placeholder: false };
    return this.deps.production ? null : { settings: PLACEHOLDER_SELLER, placeholder: true };
  }

  /** The seller documents are issued by, or CONFLICT when billing cannot invoice yet. */
  async requireSeller(): Promise<{ settings: SellerSettings; seller: Seller }> {
    const found = await this.seller();
    if (!found) throw conflict('Billing cannot take payments yet: an admin must first set the seller for tax invoices (updateBillingSeller).');
    return { settings: found.settings, seller: checkSeller(found.settings) };
  }

  async updateSeller(actorId: string, input: SellerSettings): Promise<SellerSettings> {
    const next: SellerSettings = sellerSettingsOf(checkSeller(input, 'input'));
    await this.save(actorId, 'billing.seller.set', (current) => ({ seller: next, platformFeeBps: current.platformFeeBps }), (current) => ({
      before: current.seller ? { seller: current.seller } : null,
      after: { seller: next },
    }));
    return next;
  }

  async commission(): Promise<CommissionView> {
    const [settings, overrides] = await Promise.all([this.repo.get(), this.repo.listFeeOverrides()]);
    return { defaultBps: settings.platformFeeBps, solutions: overrides.sort((a, b) => a.solutionId.localeCompare(b.solutionId)) };
  }

  /** The fee a payment for `solutionId` pays now. */
  async feeFor(solutionId: string): Promise<number> {
    const [settings, own] = await Promise.all([this.repo.get(), this.repo.feeOverride(solutionId)]);
    return effectiveFeeBps(settings.platformFeeBps, own);
  }

  /**
   * Sets the default fee and/or one solution's own (`solutionBps` null with a solution clears it). Errors name
   * `defaultPercentBps`, `solutionId` or `solutionPercentBps`; nothing is written unless everything is valid.
   */
  async setCommission(actorId: string, input: { defaultBps?: number | null; solutionId?: string | null; solutionBps?: number | null }): Promise<CommissionView> {
    const defaultBps = input.defaultBps == null ? null : checkFeeBps('defaultPercentBps', input.defaultBps);
    if (input.solutionBps != null && !input.solutionId) throw new InputError('solutionId', 'solutionId is required with solutionPercentBps.');
    const solutionBps = input.solutionBps == null ? null : checkFeeBps('solutionPercentBps', input.solutionBps);
    if (input.solutionId != null) {
      if (!isId('sol', input.solutionId) || !(await this.deps.catalog.solution(input.solutionId))) throw notFound('Solution', 'solutionId');
    }
    if (defaultBps === null && input.solutionId == null) throw new InputError('defaultPercentBps', 'Give defaultPercentBps, or solutionId (with solutionPercentBps to set its own fee, without to clear it).');
    const now = this.deps.clock.now();
    await retryWhileStale(async () => {
      const current = await this.repo.get();
      const items = [];
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (defaultBps !== null && defaultBps !== current.platformFeeBps) {
        items.push(this.repo.put(current, { seller: current.seller, platformFeeBps: defaultBps }, actorId, now).item);
        before.defaultBps = current.platformFeeBps;
        after.defaultBps = defaultBps;
      }
      if (input.solutionId != null) {
        const own = await this.repo.feeOverride(input.solutionId);
        if (own !== solutionBps) {
          items.push(this.repo.putFeeOverride(input.solutionId, solutionBps, actorId, now));
          before.solutionBps = own;
          after.solutionBps = solutionBps;
        }
      }
      if (items.length === 0) return true;
      const audit = auditEventPut(
        this.deps.table,
        { stream: AUDIT_STREAM, actorId, action: 'billing.commission.set', targetType: 'BillingSettings', targetId: input.solutionId ?? 'billing-settings', solutionId: input.solutionId ?? null, before, after },
        now,
      );
      const result = await transactWrite(this.deps.db, [...items, ...audit.items]);
      return result.ok ? true : STALE;
    });
    return this.commission();
  }

  private async save(
    actorId: string,
    action: string,
    change: (current: BillingSettings) => { seller: SellerSettings; platformFeeBps: number },
    audit: (current: BillingSettings) => { before: Record<string, unknown> | null; after: Record<string, unknown> },
  ): Promise<void> {
    await retryWhileStale(async () => {
      const current = await this.repo.get();
      const now = this.deps.clock.now();
      const { item } = this.repo.put(current, change(current), actorId, now);
      const event = auditEventPut(this.deps.table, { stream: AUDIT_STREAM, actorId, action, targetType: 'BillingSettings', targetId: 'billing-settings', ...audit(current) }, now);
      return (await transactWrite(this.deps.db, [item, ...event.items])).ok ? true : STALE;
    });
  }
}

