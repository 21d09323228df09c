import { checkPaise } from './paise.ts';

/**
 * Amounts in words the Indian way, as invoices print them: thousand, lakh (10^5), crore (10^7); above
 * 99 crore the crore count itself is said in the same system ("One Lakh Crore"). Words are capitalised, with
 * no hyphens and no inner "and": "Rupees One Lakh Twenty Three Thousand Four Hundred Five and Six Paise Only".
 * Whole rupees end "Rupees … Only"; below a rupee: "Rupees Zero and Fifty Paise Only".
 */
const ONES = [
  'Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve',
  'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen',
];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens} ${ONES[n % 10]}`;
}

/** A whole number ≥ 1 in Indian words (no "Zero"). */
function indianWords(n: number): string {
  const parts: string[] = [];
  const crore = Math.floor(n / 10_000_000);
  let rest = n % 10_000_000;
  if (crore > 0) parts.push(`${indianWords(crore)} Crore`);
  const units: [number, string][] = [
    [100_000, 'Lakh'],
    [1_000, 'Thousand'],
    [100, 'Hundred'],
  ];
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${belowHundred(count)} ${name}`);
    rest %= size;
  }
  if (rest > 0) parts.push(belowHundred(rest));
  return parts.join(' ');
}

/** `paise` (integer, ≥ 0) in words: "Rupees … and … Paise Only". */
export function amountInWords(paise: number): string {
  checkPaise('amountPaise', paise);
  const rupees = Math.floor(paise / 100);
  const fraction = paise % 100;
  const rupeeWords = rupees === 0 ? 'Zero' : indianWords(rupees);
  return fraction === 0
    ? `Rupees ${rupeeWords} Only`
    : `Rupees ${rupeeWords} and ${belowHundred(fraction)} Paise Only`;
}
