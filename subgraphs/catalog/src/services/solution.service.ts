import { type Caller, checkFields, conflict, InputError, invalidInput, newId, type Page, sendMailSafely, type SignedInCaller, transactWrite } from '@marketplace/shared';
import { auditEventPut } from '@marketplace/shared';
import { TIERS_SET } from '../data/audit-actions.ts';
import type { Repositories } from '../data/repositories.ts';
import type { SolutionChanges, SolutionRecord, SolutionStatus } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import { type ReviewOutcome, solutionReviewMail } from '../mail/solution-review.mail.ts';
import { canView, isAdmin, requireEditable, requireOwner, requireVisible } from './access-rules.ts';
import {
  checkPageSize,
  DESCRIPTION_MAX,
  NAME_MAX,
  optionalUrl,
  requiredText,
  SEARCH_MAX,
  SLUG_MAX,
  SUMMARY_MAX,
  validCategory,
  validReason,
  validSlug,
  validTags,
  validUrl,
} from './input-rules.ts';
import { readiness, readinessProblems } from './readiness.ts';
import { revision, type SolutionEvent, solutionEvent, SolutionWriter } from './solution-writer.ts';
import { defaultTiers, sameJson, tierSnapshot, toTierInput, validateTiers } from './tier-rules.ts';

/** What a refusal calls each field that an update may leave out but not remove. */
const REQUIRED_LABELS = {
  name: 'The name',
  slug: 'The slug',
  summary: 'The summary',
  description: 'The description',
  category: 'The category',
  baseUrl: 'The base URL',
} as const;

export interface SolutionInput {
  name: string;
  slug: string;
  summary: string;
  description: string;
  category: string;
  tags?: string[] | null;
  baseUrl: string;
  documentationUrl?: string | null;
}

export type SolutionUpdate = Partial<{ [K in keyof SolutionInput]: SolutionInput[K] | null }>;

/** A move of the state machine: who makes it, from which states, to which, and what comes with it. */
interface Transition {
  by: 'owner' | 'admin';
  from: readonly SolutionStatus[];
  to: (solution: SolutionRecord) => SolutionStatus;
  /** Past tense for messages, e.g. "approved". */
  verb: string;
  /** Re-validates the tiers against today's platform bounds before the move. */
  checksTiers?: boolean;
  /** Requires the readiness checklist (endpoints, documentation, health URL, secret) to be complete. */
  checksReadiness?: boolean;
  needsReason?: boolean;
  mail?: ReviewOutcome;
}

/**
 * The solution state machine:
 *   DRAFT → IN_REVIEW (submit) → PUBLISHED (approve) | REJECTED (reject, with reason);
 *   REJECTED → DRAFT (any edit); PUBLISHED ⇄ UNPUBLISHED (partner: unpublish / republish);
 *   PUBLISHED | UNPUBLISHED → SUSPENDED (admin, with reason) → back where it was (reinstate).
 * Republishing goes live directly (edits of a live solution are live too); submitting, approving and
 * republishing re-validate the tiers against the platform bounds of the day; submitting needs the readiness
 * checklist complete (see readiness.ts).
 */
export const TRANSITIONS = {
  submit: { by: 'owner', from: ['DRAFT'], to: () => 'IN_REVIEW', verb: 'submitted', checksTiers: true, checksReadiness: true },
  approve: { by: 'admin', from: ['IN_REVIEW'], to: () => 'PUBLISHED', verb: 'approved', checksTiers: true, mail: 'approved' },
  reject: { by: 'admin', from: ['IN_REVIEW'], to: () => 'REJECTED', verb: 'rejected', needsReason: true, mail: 'rejected' },
  unpublish: { by: 'owner', from: ['PUBLISHED'], to: () => 'UNPUBLISHED', verb: 'unpublished' },
  republish: { by: 'owner', from: ['UNPUBLISHED'], to: () => 'PUBLISHED', verb: 'republished', checksTiers: true },
  suspend: { by: 'admin', from: ['PUBLISHED', 'UNPUBLISHED'], to: () => 'SUSPENDED', verb: 'suspended', needsReason: true, mail: 'suspended' },
  reinstate: {
    by: 'admin',
    from: ['SUSPENDED'],
    to: (s) => s.statusBeforeSuspension ?? 'UNPUBLISHED',
    verb: 'reinstated',
    mail: 'reinstated',
  },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

const listed = (statuses: readonly string[]) => statuses.join(' or ');

/** Owns solutions: creation, edits, the review state machine and the lists that show them. */
export class SolutionService {
  private readonly writer: SolutionWriter;

  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {
    this.writer = new SolutionWriter(deps, repos);
  }

  /**
   * Creates a DRAFT owned by the calling partner, with the platform's default tiers (valid from the start).
   * The slug claim, the solution and its audit events are one transaction: of two creations with one slug,
   * exactly one succeeds.
   */
  async create(caller: SignedInCaller, input: SolutionInput): Promise<SolutionRecord> {
    const fields = checkFields({
      name: () => requiredText('input.name', input.name, NAME_MAX, 'a name'),
      slug: () => validSlug('input.slug', input.slug),
      summary: () => requiredText('input.summary', input.summary, SUMMARY_MAX, 'a summary'),
      description: () => requiredText('input.description', input.description, DESCRIPTION_MAX, 'a description'),
      category: () => validCategory('input.category', input.category),
      tags: () => validTags('input.tags', input.tags ?? []),
      baseUrl: () => validUrl('input.baseUrl', input.baseUrl),
      documentationUrl: () => optionalUrl('input.documentationUrl', input.documentationUrl),
    });
    const settings = await this.repos.platform.tierSettings();
    const now = this.deps.clock.now();
    const solution: SolutionRecord = {
      id: newId('sol', now),
      partnerId: caller.userId,
      ...fields,
      healthCheckUrl: null,
      status: 'DRAFT',
      reviewReason: null,
      statusBeforeSuspension: null,
      previousStatus: null,
      previousStatusChangedAt: null,
      tiers: defaultTiers(settings),
      endpoints: [],
      secretSlots: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      statusChangedAt: now.toISOString(),
      publishedAt: null,
      version: 1,
    };
    const event = (e: SolutionEvent) => auditEventPut(this.deps.table, solutionEvent(solution, caller.userId, e), now).items;
    const result = await transactWrite(this.deps.db, [
      ...this.repos.solutions.putNew(solution),
      ...event({ action: 'solution.create', after: { ...listingSnapshot(solution), status: 'DRAFT' } }),
      ...event({ action: TIERS_SET, before: null, after: { tiers: solution.tiers.map(tierSnapshot) }, reason: 'Platform defaults' }),
    ]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') throw slugTaken(fields.slug);
      throw new Error(`createSolution: transaction cancelled (${result.reasons.join(', ')})`);
    }
    return solution;
  }

  /**
   * Changes a solution's listing. Allowed in DRAFT, REJECTED (which returns it to DRAFT), PUBLISHED (live at
   * once) and UNPUBLISHED; the slug is fixed once the solution was first published.
   */
  async update(caller: SignedInCaller, solutionId: string, input: SolutionUpdate): Promise<SolutionRecord> {
    // A field left out keeps its value (undefined); the required ones cannot be removed (null).
    const kept = (field: keyof typeof REQUIRED_LABELS): string => {
      if (input[field] === null) throw new InputError(`input.${field}`, `${REQUIRED_LABELS[field]} cannot be removed.`);
      return input[field]!;
    };
    const checked = checkFields({
      name: () => (input.name === undefined ? undefined : requiredText('input.name', kept('name'), NAME_MAX, 'a name')),
      slug: () => (input.slug === undefined ? undefined : validSlug('input.slug', kept('slug'))),
      summary: () => (input.summary === undefined ? undefined : requiredText('input.summary', kept('summary'), SUMMARY_MAX, 'a summary')),
      description: () =>
        input.description === undefined ? undefined : requiredText('input.description', kept('description'), DESCRIPTION_MAX, 'a description'),
      category: () => (input.category === undefined ? undefined : validCategory('input.category', kept('category'))),
      tags: () => (input.tags === undefined ? undefined : validTags('input.tags', input.tags ?? [])),
      baseUrl: () => (input.baseUrl === undefined ? undefined : validUrl('input.baseUrl', kept('baseUrl'))),
      documentationUrl: () => (input.documentationUrl === undefined ? undefined : optionalUrl('input.documentationUrl', input.documentationUrl)),
    });
    const given = Object.fromEntries(Object.entries(checked).filter(([, value]) => value !== undefined)) as SolutionChanges;

    const { after } = await this.writer.change(caller.userId, solutionId, 'id', (current) => {
      requireOwner(caller, current, 'id');
      requireEditable(current, 'id');
      const changed = (Object.keys(given) as (keyof SolutionChanges)[]).filter(
        (field) => !sameJson(given[field], current[field]),
      );
      if (changed.length === 0) return null;
      const slugChanged = changed.includes('slug');
      if (slugChanged && current.publishedAt) {
        throw new InputError('input.slug', 'A solution keeps its slug once it has been published (links to it must keep working).');
      }
      const changes = Object.fromEntries(changed.map((f) => [f, given[f]])) as SolutionChanges;
      const revised = revision(current);
      return {
        changes: { ...changes, ...revised.changes },
        events: [
          ...revised.events,
          {
            action: 'solution.update',
            before: Object.fromEntries(changed.map((f) => [f, current[f]])),
            after: Object.fromEntries(changed.map((f) => [f, given[f]])),
          },
        ],
        extra: slugChanged
          ? [
              this.repos.solutions.claimSlug(given.slug!, current.id, this.deps.clock.now().toISOString()),
              this.repos.solutions.releaseSlug(current.slug, current.id),
            ]
          : [],
        extraFailed: (i) => (i === 0 ? slugTaken(given.slug!) : conflict('The slug changed concurrently; try again.')),
      };
    });
    return after;
  }

  /** Moves a solution through the state machine (see TRANSITIONS); mails the partner about admin decisions. */
  async transition(caller: SignedInCaller, name: TransitionName, solutionId: string, rawReason?: string): Promise<SolutionRecord> {
    const move: Transition = TRANSITIONS[name];
    const reason = move.needsReason ? validReason('reason', rawReason ?? '') : null;
    const settings = move.checksTiers ? await this.repos.platform.tierSettings() : null;
    const { after } = await this.writer.change(caller.userId, solutionId, 'id', (current) => {
      if (move.by === 'owner') requireOwner(caller, current, 'id');
      else requireVisible(caller, current, 'id'); // admins only reach here (resolver), and admins see every solution
      if (!move.from.includes(current.status)) {
        throw conflict(`Only a solution in ${listed(move.from)} can be ${move.verb}; this one is ${current.status}.`, 'id');
      }
      if (move.checksReadiness) {
        const open = readinessProblems(readiness(current, this.deps.clock.now()));
        if (open.length) throw invalidInput(open, 'Not ready for review: ');
      }
      if (settings) {
        const check = validateTiers(current.tiers.map(toTierInput), settings);
        if (!check.ok) throw invalidInput(check.problems, 'The tier configuration does not fit the platform bounds: ');
      }
      const to = move.to(current);
      const changes: SolutionChanges = { status: to, reviewReason: reason };
      if (name === 'suspend') changes.statusBeforeSuspension = current.status;
      if (name === 'reinstate') changes.statusBeforeSuspension = null;
      if (to === 'PUBLISHED' && !current.publishedAt) changes.publishedAt = this.deps.clock.now().toISOString();
      return {
        changes,
        events: [{ action: `solution.${name}`, before: { status: current.status }, after: { status: to }, reason }],
        // Keyed by the version the approval wrote: a repeat counts once, a later re-approval counts again.
        facts: name === 'approve'
          ? (written) => [{ type: 'solution.approved', time: new Date(written.updatedAt), dedupeKey: `${written.id}:${written.version}`, solutionId: written.id, partnerId: written.partnerId, ref: written.id }]
          : undefined,
      };
    });
    if (move.mail) await this.mailPartner(move.mail, after, reason);
    return after;
  }

  /** A solution by slug, if the caller may see it (published; any state for its partner and admins). */
  async bySlug(caller: Caller, slug: string): Promise<SolutionRecord | null> {
    // No solution has a longer slug; DynamoDB would refuse a 10 000-character key as an error, not a miss.
    if (slug.length > SLUG_MAX) return null;
    const id = await this.repos.solutions.idBySlug(slug);
    return id ? this.byId(caller, id) : null;
  }

  async byId(caller: Caller, solutionId: string): Promise<SolutionRecord | null> {
    const solution = await this.repos.solutions.get(solutionId);
    return solution && canView(caller, solution) ? solution : null;
  }

  /** The public catalog: published solutions, most recently published first. */
  catalog(filter: { search?: string | null; category?: string | null; tag?: string | null }, first: number, after?: string | null): Promise<Page<SolutionRecord>> {
    checkPageSize(first);
    const search = filter.search?.trim().toLowerCase() ?? '';
    if (search.length > SEARCH_MAX) throw new InputError('search', `A search has at most ${SEARCH_MAX} characters.`);
    return this.repos.solutions.listPublished(
      {
        words: [...new Set(search.split(/\s+/).filter(Boolean))].slice(0, 8),
        category: filter.category ? validCategory('category', filter.category) : null,
        tag: filter.tag?.trim() ? filter.tag.trim().toLowerCase() : null,
      },
      first,
      after,
    );
  }

  /** Every solution of a partner (newest first) as `caller` may see them. */
  async ofPartner(caller: Caller, partnerId: string): Promise<SolutionRecord[]> {
    const all = await this.repos.solutions.listOfPartner(partnerId);
    return caller.userId === partnerId || isAdmin(caller) ? all : all.filter((s) => s.status === 'PUBLISHED');
  }

  /** Admins: solutions in one status (or any), newest change first. */
  adminList(status: SolutionStatus | null, first: number, after?: string | null): Promise<Page<SolutionRecord>> {
    checkPageSize(first);
    return this.repos.solutions.listByStatus(status, first, after);
  }

  /** Admins: what waits for review, first come first served. */
  reviewQueue(first: number, after?: string | null): Promise<Page<SolutionRecord>> {
    checkPageSize(first);
    return this.repos.solutions.listByStatus('IN_REVIEW', first, after, true);
  }

  private async mailPartner(outcome: ReviewOutcome, solution: SolutionRecord, reason: string | null): Promise<void> {
    const [profile] = await this.repos.applications.profiles([solution.partnerId]);
    if (!profile) {
      // A partner made by an admin's role change, without an application, has no contact address here.
      this.deps.logger.warn({ solutionId: solution.id, outcome }, 'no partner contact to mail the review outcome to');
      return;
    }
    await sendMailSafely(this.deps, solutionReviewMail(outcome, profile, solution, this.deps.publicUrl, reason));
  }
}

function slugTaken(slug: string) {
  return conflict(`The slug "${slug}" is already taken; choose another.`, 'input.slug');
}

function listingSnapshot(s: SolutionRecord): Record<string, unknown> {
  return { slug: s.slug, name: s.name, summary: s.summary, category: s.category, tags: s.tags, baseUrl: s.baseUrl, documentationUrl: s.documentationUrl };
}
