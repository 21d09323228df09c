import { type Caller, isId, notFound, type SignedInCaller } from '@marketplace/shared';
import type { NoticeRecord, NoticeRepository } from '../data/notice.repository.ts';
import type { QuotasDeps } from '../deps.ts';
import { describeNotice, type NoticeText, supersededStatusNotices, supersededUsageNotices } from '../notices/notice-rules.ts';
import { requireKnown } from './access-rules.ts';

/** A notice as its customer reads it: what happened, what it means now, and the next step. */
export type NoticeView = NoticeRecord & NoticeText & { solution: { name: string; slug: string } };

/** A customer's email choice for one solution's notices. */
export interface NoticePreferenceView {
  solutionId: string;
  emails: boolean;
}

/**
 * Owns what customers see and choose of their upgrade notices: the in-app list (their own only: every read and
 * write is inside the caller's partition), dismissal, and whether a solution's notices also come by email.
 */
export class NoticeService {
  constructor(
    private readonly deps: Pick<QuotasDeps, 'catalog' | 'clock'>,
    private readonly notices: NoticeRepository,
  ) {}

  /**
   * The caller's notices (of one solution), newest first; dismissed ones, status notices a newer one of their
   * solution overtook (`supersededStatusNotices`), and usage notices that no longer hold (`supersededUsageNotices`:
   * 80 % of a window at 100 %, any of a solution not listed now), only when asked for: the history.
   */
  async mine(caller: SignedInCaller, solutionId: string | null, includeDismissed: boolean): Promise<NoticeView[]> {
    if (solutionId !== null) await this.knownSolution(caller, solutionId);
    const found = await this.notices.ofUser(caller.userId, solutionId ?? undefined);
    const status = new Map<string, string | null>();
    if (!includeDismissed) for (const id of new Set(found.map((n) => n.solutionId))) status.set(id, (await this.deps.catalog.solution(id))?.status ?? null);
    const superseded = includeDismissed ? new Set<string>() : new Set([...supersededStatusNotices(found, (id) => status.get(id) ?? null), ...supersededUsageNotices(found, (id) => status.get(id) ?? null)]);
    const views = await Promise.all(found.filter((n) => includeDismissed || (!n.dismissedAt && !superseded.has(n.id))).map((n) => this.view(n)));
    return views.filter((v): v is NoticeView => v !== null);
  }

  /**
   * Dismisses one of the caller's notices; NOT_FOUND for anyone else's, or none (a malformed id names none either).
   * Dismissing twice is fine.
   */
  async dismiss(caller: SignedInCaller, id: string): Promise<NoticeView> {
    if (!isId('ntc', id)) throw notFound('Notice', 'id');
    const dismissed = await this.notices.dismiss(caller.userId, id, this.deps.clock.now());
    const view = dismissed && (await this.view(dismissed));
    if (!view) throw notFound('Notice', 'id');
    return view;
  }

  async preference(caller: SignedInCaller, solutionId: string): Promise<NoticePreferenceView> {
    await this.knownSolution(caller, solutionId);
    return { solutionId, emails: await this.notices.emailsWanted(caller.userId, solutionId) };
  }

  /** Turns a solution's notice emails on or off for the caller; the in-app notices stay either way. */
  async setEmails(caller: SignedInCaller, solutionId: string, emails: boolean): Promise<NoticePreferenceView> {
    await this.knownSolution(caller, solutionId, 'input.solutionId');
    await this.notices.setEmailsWanted(caller.userId, solutionId, emails, this.deps.clock.now());
    return { solutionId, emails };
  }

  private async view(notice: NoticeRecord): Promise<NoticeView | null> {
    const solution = await this.deps.catalog.solution(notice.solutionId);
    if (!solution) return null;
    return { ...notice, ...describeNotice(notice, solution, this.deps.clock.now()), solution: { name: solution.name, slug: solution.slug } };
  }

  /** The solution named by the argument `field` if the caller may know of it; NOT_FOUND on `field` else (a malformed id too). */
  private async knownSolution(caller: Caller, solutionId: string, field = 'solutionId') {
    return requireKnown(caller, isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null, field);
  }
}
