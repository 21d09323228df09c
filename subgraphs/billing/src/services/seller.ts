import { checkFields, type FieldProblem, InputError, invalidInput } from '@marketplace/shared';
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

/** What the admin's form calls each field: problems are worded for people, who never read a path. */
const FIELD_WORDS: Record<string, string> = {
  legalName: 'The legal name',
  addressLines: 'The address',
  gstin: 'The GSTIN',
  stateCode: 'The state',
  email: 'The billing email',
  sac: 'The SAC',
  invoicePrefix: 'The invoice prefix',
  creditNotePrefix: 'The credit note prefix',
};

/** `problem` with its path (`input.addressLines[1]`) said in words ("Address line 2"), the path kept in `field`. */
function inWords(field: string, problem: FieldProblem): FieldProblem {
  const part = problem.field.startsWith(`${field}.`) ? problem.field.slice(field.length + 1) : problem.field;
  const line = /^addressLines\[(\d+)\]$/.exec(part);
  const words = line ? `Address line ${Number(line[1]) + 1}` : FIELD_WORDS[part];
  return words ? { field: problem.field, message: problem.message.split(problem.field).join(words) } : problem;
}

/**
 * Checks seller settings and refuses every field at fault at once (`problems`, each under its path such as
 * `seller.gstin`, its message in words; the first is the error's `field`). The GSTIN is held to the stated state
 * when that one is valid.
 */
export function checkSeller(settings: SellerSettings, field = 'seller'): Seller {
  const statedState = () => requireState(`${field}.stateCode`, settings.stateCode);
  try {
    const checked = checkFields({
      legalName: () => checkText(`${field}.legalName`, settings.legalName),
      addressLines: () => {
        const lines = settings.addressLines;
        if (!Array.isArray(lines) || lines.length < 1 || lines.length > MAX_ADDRESS_LINES) {
          throw new InputError(`${field}.addressLines`, `The address has 1 to ${MAX_ADDRESS_LINES} lines.`);
        }
        return Object.values(checkFields(Object.fromEntries(lines.map((line, i) => [i, () => checkText(`${field}.addressLines[${i}]`, line)]))));
      },
      state: statedState,
      gstin: () => {
        let stated: IndianState | null = null;
        try {
          stated = statedState();
        } catch {
          stated = null; // refused on its own field
        }
        return checkGstin(`${field}.gstin`, settings.gstin, stated ? { field: `${field}.stateCode`, state: stated } : undefined).value;
      },
      sac: () => {
        const sac = settings.sac ?? SAC_API_ACCESS;
        if (!/^99\d{4}$/.test(sac)) throw new InputError(`${field}.sac`, 'The SAC must be six digits starting 99.');
        return sac;
      },
      invoicePrefix: () => checkDocumentPrefix(`${field}.invoicePrefix`, settings.invoicePrefix ?? DEFAULT_DOCUMENT_PREFIXES.invoice),
      creditNotePrefix: () => {
        const prefix = checkDocumentPrefix(`${field}.creditNotePrefix`, settings.creditNotePrefix ?? DEFAULT_DOCUMENT_PREFIXES['credit-note']);
        if (prefix === (settings.invoicePrefix ?? DEFAULT_DOCUMENT_PREFIXES.invoice)) {
          throw new InputError(`${field}.creditNotePrefix`, 'Credit notes need a series of their own, apart from invoices.');
        }
        return prefix;
      },
      // Emails reach billing already checked (identity owns the format rule), so only their shape is kept sane here.
      email: () => (settings.email == null || settings.email === '' ? null : checkText(`${field}.email`, settings.email, 254)),
    });
    const { state, ...rest } = checked;
    return { ...rest, state };
  } catch (error) {
    if (!(error instanceof InputError) || error.field === undefined) throw error;
    throw invalidInput((error.problems ?? [{ field: error.field, message: error.message }]).map((problem) => inWords(field, problem)));
  }
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
