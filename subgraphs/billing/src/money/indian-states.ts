import { InputError } from '@marketplace/shared';

/**
 * The states and union territories of India with their GST state codes (the first two characters of a GSTIN,
 * the census codes of 2011 as the GST portal uses them today). Retired codes are left out: 25 (Daman and Diu,
 * merged into 26 on 26 Jan 2020) and 28 (Andhra Pradesh before division; 37 since). 97 is "Other Territory"
 * (offshore areas); 99 (Centre jurisdiction) is no place of supply and is left out too.
 *
 * `localTax` is the second half of intra-state GST: SGST in states and in the union territories with a
 * legislature (Delhi, Puducherry, Jammu and Kashmir), UTGST in the other union territories.
 */
export interface IndianState {
  /** Two digits, e.g. `29`. */
  code: string;
  name: string;
  kind: 'state' | 'union-territory';
  localTax: 'SGST' | 'UTGST';
}

const state = (code: string, name: string): IndianState => ({ code, name, kind: 'state', localTax: 'SGST' });
const ut = (code: string, name: string, localTax: 'SGST' | 'UTGST' = 'UTGST'): IndianState => ({
  code,
  name,
  kind: 'union-territory',
  localTax,
});

export const INDIAN_STATES: readonly IndianState[] = Object.freeze([
  ut('01', 'Jammu and Kashmir', 'SGST'),
  state('02', 'Himachal Pradesh'),
  state('03', 'Punjab'),
  ut('04', 'Chandigarh'),
  state('05', 'Uttarakhand'),
  state('06', 'Haryana'),
  ut('07', 'Delhi', 'SGST'),
  state('08', 'Rajasthan'),
  state('09', 'Uttar Pradesh'),
  state('10', 'Bihar'),
  state('11', 'Sikkim'),
  state('12', 'Arunachal Pradesh'),
  state('13', 'Nagaland'),
  state('14', 'Manipur'),
  state('15', 'Mizoram'),
  state('16', 'Tripura'),
  state('17', 'Meghalaya'),
  state('18', 'Assam'),
  state('19', 'West Bengal'),
  state('20', 'Jharkhand'),
  state('21', 'Odisha'),
  state('22', 'Chhattisgarh'),
  state('23', 'Madhya Pradesh'),
  state('24', 'Gujarat'),
  ut('26', 'Dadra and Nagar Haveli and Daman and Diu'),
  state('27', 'Maharashtra'),
  state('29', 'Karnataka'),
  state('30', 'Goa'),
  ut('31', 'Lakshadweep'),
  state('32', 'Kerala'),
  state('33', 'Tamil Nadu'),
  ut('34', 'Puducherry', 'SGST'),
  ut('35', 'Andaman and Nicobar Islands'),
  state('36', 'Telangana'),
  state('37', 'Andhra Pradesh'),
  ut('38', 'Ladakh'),
  ut('97', 'Other Territory'),
]);

const byCode = new Map(INDIAN_STATES.map((s) => [s.code, s]));
const byName = new Map(INDIAN_STATES.map((s) => [s.name.toLowerCase(), s]));

/** The state with this GST code (`29`) or name (`Karnataka`, any case); null when there is none. */
export function findState(codeOrName: string): IndianState | null {
  const value = codeOrName.trim();
  return byCode.get(value) ?? byName.get(value.toLowerCase()) ?? null;
}

/** The state `value` names, or an InputError naming `field`. */
export function requireState(field: string, value: unknown): IndianState {
  const found = typeof value === 'string' ? findState(value) : null;
  if (!found) {
    throw new InputError(field, `${field} must be an Indian state or union territory by GST state code (e.g. 29) or name.`);
  }
  return found;
}

/** `Karnataka (29)`, as invoices print a state. */
export const stateLabel = (s: IndianState) => `${s.name} (${s.code})`;
