import { InputError } from '@marketplace/shared';
import { checkGstin } from '../money/gstin.ts';
import { type IndianState, requireState } from '../money/indian-states.ts';
import { checkDocumentPrefix, DEFAULT_DOCUMENT_PREFIXES } from './document-number.ts';

/**
 * Who issues the tax documents (the platform, which supplies API access to customers and collects the GST) and
 * how: its registration, the SAC printed on every line and the number series. An admin setting; every
 * document keeps a copy of the seller as it was when the document was issued.
 */

/**
 * SAC 998315, "Hosting and information technology (IT) infrastructure provisioning services" (heading 9983,
 * group 99831). It follows UN CPC 8315, whose application-service-provisioning subclass covers leased software
 * used from a hosted, managed environment over the Internet — which metered API access is. 998314 is "IT design
 * and development services" (building software for a client) and fits custom development, not a subscription.
 * GST 18 %.
 */
export const SAC_API_ACCESS = '998315';

export interface SellerSettings {
  legalName: string;
  addressLines: string[];
  gstin: string;
  /** GST state code (`29`) or name; must be the GSTIN's state. */
  stateCode: string;
  email?: string | null;
  sac?: string | null;
  invoicePrefix?: string | null;
  creditNotePrefix?: string | null;
}

/** The seller as documents carry it: checked, with the state resolved. */
export interface Seller {
  legalName: string;
  addressLines: string[];
  gstin: string;
  state: IndianState;
  email: string | null;
  sac: string;
  invoicePrefix: string;
  creditNotePrefix: string;
}

const MAX_ADDRESS_LINES = 4;
const MAX_TEXT = 120;

/** Checks seller settings; an InputError names the first field at fault (under `field`, e.g. `seller.gstin`). */
export function checkSeller(settings: SellerSettings, field = 'seller'): Seller {
  const legalName = checkText(`${field}.legalName`, settings.legalName);
  const lines = settings.addressLines;
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > MAX_ADDRESS_LINES) {
    throw new InputError(`${field}.addressLines`, `${field}.addressLines must have 1 to ${MAX_ADDRESS_LINES} lines.`);
  }
  const addressLines = lines.map((line, i) => checkText(`${field}.addressLines[${i}]`, line));
  const state = requireState(`${field}.stateCode`, settings.stateCode);
  const gstin = checkGstin(`${field}.gstin`, settings.gstin, { field: `${field}.stateCode`, state }).value;
  const sac = settings.sac ?? SAC_API_ACCESS;
  if (!/^99\d{4}$/.test(sac)) throw new InputError(`${field}.sac`, `${field}.sac must be a six-digit SAC starting 99.`);
  const invoicePrefix = checkDocumentPrefix(`${field}.invoicePrefix`, settings.invoicePrefix ?? DEFAULT_DOCUMENT_PREFIXES.invoice);
  const creditNotePrefix = checkDocumentPrefix(
    `${field}.creditNotePrefix`,
    settings.creditNotePrefix ?? DEFAULT_DOCUMENT_PREFIXES['credit-note'],
  );
  if (invoicePrefix === creditNotePrefix) {
    throw new InputError(`${field}.creditNotePrefix`, 'Credit notes need a series of their own, apart from invoices.');
  }
  // Emails reach billing already checked (identity owns the format rule), so only their shape is kept sane here.
  const email = settings.email == null || settings.email === '' ? null : checkText(`${field}.email`, settings.email, 254);
  return { legalName, addressLines, gstin, state, email, sac, invoicePrefix, creditNotePrefix };
}

/** A checked seller as settings again, as they are stored and shown: the state as its code, the defaults filled in. */
export function sellerSettingsOf(seller: Seller): SellerSettings & Pick<Seller, 'email' | 'sac' | 'invoicePrefix' | 'creditNotePrefix'> {
  return {
    legalName: seller.legalName,
    addressLines: seller.addressLines,
    gstin: seller.gstin,
    stateCode: seller.state.code,
    email: seller.email,
    sac: seller.sac,
    invoicePrefix: seller.invoicePrefix,
    creditNotePrefix: seller.creditNotePrefix,
  };
}

/** A trimmed, non-empty, single-line text of at most 120 characters, or an InputError naming `field`. */
export function checkText(field: string, value: unknown, max = MAX_TEXT): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text.length > max || /[\u0000-\u001f\u007f]/.test(text)) {
    throw new InputError(field, `${field} must be 1 to ${max} characters on one line.`);
  }
  return text;
}
