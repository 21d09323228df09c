import { type Caller, InputError, isId, notFound } from '@marketplace/shared';
import { type LedgerEntry, LedgerRepository } from '../data/ledger.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { isAdmin } from './access-rules.ts';

/** Payments of one month on one solution, split between platform and partner: aggregates, never customers. */
export interface RevenueRowView {
  month: string;
  solutionId: string;
  partnerId: string;
  grossPaise: number;
  gstPaise: number;
  platformFeePaise: number;
  partnerNetPaise: number;
  payments: number;
  subscribers: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_MONTHS = 36;

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  while (`${year}-${String(month).padStart(2, '0')}` <= to) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** Owns reports over the commission ledger: partners' revenue per solution, the platform's, and the payout CSV. */
export class RevenueService {
  private readonly ledger: LedgerRepository;

  constructor(private readonly deps: BillingDeps) {
    this.ledger = new LedgerRepository(deps.db, deps.table);
  }

  /** Checked months (`YYYY-MM`, both ends included, at most 36); default the last 12 by the clock. */
  range(from: string | null | undefined, to: string | null | undefined): { from: string; to: string } {
    const now = this.deps.clock.now();
    const last = to ?? now.toISOString().slice(0, 7);
    if (!MONTH.test(last)) throw new InputError('to', 'to must be a month, YYYY-MM.');
    const first = from ?? new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)) - 12, 1)).toISOString().slice(0, 7);
    if (!MONTH.test(first)) throw new InputError('from', 'from must be a month, YYYY-MM.');
    if (first > last) throw new InputError('from', 'from must not be after to.');
    if (monthsBetween(first, last).length > MAX_MONTHS) throw new InputError('from', `from and to may span at most ${MAX_MONTHS} months.`);
    return { from: first, to: last };
  }

  /**
   * A partner's revenue by solution and month, oldest first. Partners see their own solutions only: another
   * partner's is NOT_FOUND on `solutionId`, as an id of none is, so the answer never confirms that it exists;
   * admins see any partner's.
   */
  async ofPartner(caller: Caller, solutionId: string | null, from: string | null | undefined, to: string | null | undefined): Promise<RevenueRowView[]> {
    const range = this.range(from, to);
    let partnerId = caller.userId!;
    // An empty id is not "every solution": like any other id of none, it is NOT_FOUND.
    if (solutionId !== null) {
      const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
      if (!solution || (solution.partnerId !== caller.userId && !isAdmin(caller))) throw notFound('Solution', 'solutionId');
      partnerId = solution.partnerId;
    }
    const entries = await this.ledger.ofPartner(partnerId, range.from, range.to);
    return aggregate(entries.filter((e) => solutionId === null || e.solutionId === solutionId));
  }

  /** The platform's revenue by partner, solution and month, oldest first (admins). */
  async ofPlatform(from: string | null | undefined, to: string | null | undefined): Promise<RevenueRowView[]> {
    const range = this.range(from, to);
    const months = monthsBetween(range.from, range.to);
    const entries = (await Promise.all(months.map((m) => this.ledger.ofMonth(m)))).flat();
    return aggregate(entries);
  }

  /** The payout report of a month: one line per partner and solution, what the partner is owed. */
  async payoutCsv(month: string): Promise<string> {
    if (!MONTH.test(month)) throw new InputError('month', 'month must be YYYY-MM.');
    const rows = aggregate(await this.ledger.ofMonth(month)).sort((a, b) => a.partnerId.localeCompare(b.partnerId) || a.solutionId.localeCompare(b.solutionId));
    const rupees = (paise: number) => `${paise < 0 ? '-' : ''}${Math.floor(Math.abs(paise) / 100)}.${String(Math.abs(paise) % 100).padStart(2, '0')}`;
    const lines = ['month,partner_id,solution_id,payments,gross_inr,gst_inr,platform_fee_inr,partner_net_inr'];
    for (const r of rows) {
      lines.push([r.month, r.partnerId, r.solutionId, r.payments, rupees(r.grossPaise), rupees(r.gstPaise), rupees(r.platformFeePaise), rupees(r.partnerNetPaise)].join(','));
    }
    return `${lines.join('\n')}\n`;
  }
}

/** Entries summed per (month, partner, solution), oldest month first. */
function aggregate(entries: LedgerEntry[]): RevenueRowView[] {
  const rows = new Map<string, RevenueRowView & { customers: Set<string> }>();
  for (const e of entries) {
    const key = `${e.month}|${e.partnerId}|${e.solutionId}`;
    let row = rows.get(key);
    if (!row) {
      row = { month: e.month, solutionId: e.solutionId, partnerId: e.partnerId, grossPaise: 0, gstPaise: 0, platformFeePaise: 0, partnerNetPaise: 0, payments: 0, subscribers: 0, customers: new Set() };
      rows.set(key, row);
    }
    row.grossPaise += e.grossPaise;
    row.gstPaise += e.gstPaise;
    row.platformFeePaise += e.platformFeePaise;
    row.partnerNetPaise += e.partnerNetPaise;
    if (e.kind === 'payment') {
      row.payments++;
      row.customers.add(e.customerId);
    }
  }
  return [...rows.values()]
    .map(({ customers, ...row }) => ({ ...row, subscribers: customers.size }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.partnerId.localeCompare(b.partnerId) || a.solutionId.localeCompare(b.solutionId));
}
