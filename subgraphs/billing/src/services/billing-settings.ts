import { DEFAULT_PLATFORM_FEE_BPS, checkFeeBps } from '../money/commission.ts';
import { checkSeller, type SellerSettings, sellerSettingsOf } from './seller.ts';

/**
 * The admin's billing settings: who the seller on tax documents is and the platform's fee. A solution may
 * have its own fee (an override item beside these); `effectiveFeeBps` picks. Until an admin saves settings the
 * fee is the default 20 % and there is no seller, so no tax document can be issued.
 */
export interface BillingSettings {
  seller: SellerSettings | null;
  platformFeeBps: number;
  /** 0 until first saved; every save is conditional on the version it read. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const DEFAULT_BILLING_SETTINGS: BillingSettings = Object.freeze({
  seller: null,
  platformFeeBps: DEFAULT_PLATFORM_FEE_BPS,
  version: 0,
  updatedAt: null,
  updatedBy: null,
});

export interface BillingSettingsInput {
  seller: SellerSettings;
  platformFeeBps: number;
}

/** Checks new settings (errors name `input.seller.gstin`, `input.platformFeeBps`, …) and returns them normalised. */
export function checkBillingSettingsInput(input: BillingSettingsInput, field = 'input'): BillingSettingsInput {
  return {
    seller: sellerSettingsOf(checkSeller(input.seller, `${field}.seller`)),
    platformFeeBps: checkFeeBps(`${field}.platformFeeBps`, input.platformFeeBps),
  };
}
