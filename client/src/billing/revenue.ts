/** A revenue row as the API sends it (partnerRevenue, platformRevenue): amounts in paise, computed by the server. */
export interface RevenueRowLike {
  month: string;
  partnerId?: string | null;
  solution?: { id: string; name: string; publisherName?: string | null } | null;
  gross: { paise: number; currency: string };
  gst: { paise: number };
  platformFee: { paise: number };
  partnerNet: { paise: number };
  payments: number;
  subscribers: number;
}

/** Rows added up under one key. Subscribers are distinct per row only, so sums of them are left out. */
export interface RevenueSum {
  key: string;
  label: string;
  currency: string;
  gross: number;
  gst: number;
  platformFee: number;
  partnerNet: number;
  payments: number;
}

/**
 * Adds rows up per key (a month, a solution, a partner), in the order keys first appear, so rows that arrive oldest
 * month first stay in that order. A sum of server amounts for display; no amount is derived here.
 */
export function sumRevenue(rows: readonly RevenueRowLike[], keyOf: (row: RevenueRowLike) => { key: string; label: string }): RevenueSum[] {
  const sums = new Map<string, RevenueSum>();
  for (const row of rows) {
    const { key, label } = keyOf(row);
    const sum = sums.get(key) ?? { key, label, currency: row.gross.currency, gross: 0, gst: 0, platformFee: 0, partnerNet: 0, payments: 0 };
    sum.gross += row.gross.paise;
    sum.gst += row.gst.paise;
    sum.platformFee += row.platformFee.paise;
    sum.partnerNet += row.partnerNet.paise;
    sum.payments += row.payments;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** The month `offset` months from the one `now` is in, as YYYY-MM (UTC): 0 is this month, -1 the last. */
export function monthOf(now: Date, offset = 0): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return date.toISOString().slice(0, 7);
}

/** A "YYYY-MM" month, or "" for anything else (a hand-edited URL). */
export function validMonth(value: string | null | undefined): string {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : '';
}
