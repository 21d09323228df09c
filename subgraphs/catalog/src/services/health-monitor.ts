import { type Clock, type EventOutbox, type Logger, type Mailer, type ScheduledJob, sendMailSafely } from '@marketplace/shared';
import type { ApplicationRepository } from '../data/application.repository.ts';
import type { CheckOutcome, HealthDebounce, HealthRepository, Transition } from '../data/health.repository.ts';
import type { SolutionRecord, SolutionRepository } from '../data/solution.repository.ts';
import { solutionHealthMail } from '../mail/solution-health.mail.ts';
import type { AddressPolicy } from './address-guard.ts';
import type { CatalogEvent } from './catalog-events.ts';
import { probeHealth, type ProbeOptions } from './health-probe.ts';

export interface HealthMonitorSettings extends HealthDebounce {
  /** One check of every published solution with a health URL per interval, across every process. */
  intervalMs: number;
  /** One check's deadline, redirects and body included. */
  timeoutMs: number;
  /** Checks run at the same time within one sweep. */
  concurrency: number;
  policy: AddressPolicy;
}

export interface HealthMonitorDeps {
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  publicUrl: string;
  solutions: SolutionRepository;
  applications: ApplicationRepository;
  health: HealthRepository;
  /** Stages each check's analytics events with its state (`createEventOutbox` on the catalog's table). */
  outbox: Pick<EventOutbox<CatalogEvent>, 'stage'>;
  /** Tests resolve names to local servers. */
  resolve?: ProbeOptions['resolve'];
}

/** The scheduler job's name (its lease item is `SCHEDULE#solution-health` in the catalog table). */
export const HEALTH_JOB = 'solution-health';

/**
 * Checks the health URL of every published solution once per interval and records what it found. Run by the
 * shared scheduler (one sweep per interval across processes); each solution's check is additionally claimed
 * per slot with a conditional write, so even overlapping sweeps (a lease that expired mid-sweep) check a
 * solution once per interval. A check never stalls the sweep: each has its own deadline.
 */
export class HealthMonitor {
  constructor(
    private readonly deps: HealthMonitorDeps,
    private readonly settings: HealthMonitorSettings,
    private readonly owner: string,
  ) {}

  /** The job to add to the catalog's scheduler. */
  job(): ScheduledJob {
    return {
      name: HEALTH_JOB,
      intervalMs: this.settings.intervalMs,
      // A sweep lasts at most a few timeouts; the lease outlives it with room to spare.
      leaseMs: Math.max(this.settings.intervalMs, this.settings.timeoutMs * 3),
      run: async ({ slot, signal }) => void (await this.sweep(slot, signal)),
    };
  }

  /** Checks every monitored solution whose `slot` is not claimed yet; returns how many this call checked. */
  async sweep(slot: number, signal?: AbortSignal): Promise<{ checked: number }> {
    const queue = await this.monitored();
    let checked = 0;
    const worker = async () => {
      for (let solution = queue.shift(); solution && !signal?.aborted; solution = queue.shift()) {
        if (await this.checkOne(solution, slot)) checked++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.settings.concurrency) }, worker));
    return { checked };
  }

  private async monitored(): Promise<SolutionRecord[]> {
    const found: SolutionRecord[] = [];
    let after: string | null = null;
    do {
      const page = await this.deps.solutions.listByStatus('PUBLISHED', 100, after);
      found.push(...page.items.filter((s) => s.healthCheckUrl));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    return found;
  }

  private async checkOne(solution: SolutionRecord, slot: number): Promise<boolean> {
    const { health, clock, logger } = this.deps;
    try {
      const before = await health.claim(solution.id, slot, this.owner);
      if (!before) return false;
      const at = clock.now().toISOString();
      const probe = await probeHealth(solution.healthCheckUrl!, { timeoutMs: this.settings.timeoutMs, policy: this.settings.policy, resolve: this.deps.resolve });
      const check: CheckOutcome = { solutionId: solution.id, slot, at, ...probe };
      const transition = await health.recordCheck(before, check, this.settings, (change, changedAt) =>
        this.deps.outbox.stage(healthFacts(solution, check, change, changedAt)),
      );
      if (!probe.up) logger.info({ solutionId: solution.id, failure: probe.failure }, 'solution health check failed');
      await this.tell(solution, transition);
      return true;
    } catch (error) {
      logger.error({ err: error, solutionId: solution.id, slot }, 'could not record a solution health check');
      return false;
    }
  }

  private async tell(solution: SolutionRecord, transition: Transition): Promise<void> {
    if (transition.kind === 'none' || !transition.incident) return;
    const [profile] = await this.deps.applications.profiles([solution.partnerId]);
    if (!profile) {
      this.deps.logger.warn({ solutionId: solution.id }, 'no partner contact to mail the health change to');
      return;
    }
    await sendMailSafely(this.deps, solutionHealthMail(transition.kind, profile, solution, transition.incident, this.deps.publicUrl));
  }
}

/**
 * The analytics events of one check: `health.checked` (its result and latency), and `health.changed` when it
 * completed a change of status (dated from the streak's first check, as the incident). Ids come from the solution
 * and the check slot (claimed once per interval) or the change, so a relayed append counts once. Nothing of the
 * health URL (which may carry credentials) or of the check's detail text leaves the catalog.
 */
export function healthFacts(solution: Pick<SolutionRecord, 'id' | 'partnerId'>, check: CheckOutcome, transition: Transition, changedAt: string): CatalogEvent[] {
  const about = { solutionId: solution.id, partnerId: solution.partnerId };
  const facts: CatalogEvent[] = [
    {
      type: 'health.checked',
      time: new Date(check.at),
      dedupeKey: `${solution.id}#${check.slot}`,
      ...about,
      outcome: check.up ? 'UP' : (check.failure ?? 'UNREACHABLE'),
      latencyMs: Math.max(0, Math.round(check.latencyMs)),
    },
  ];
  if (transition.kind !== 'none') {
    const status = transition.kind === 'down' ? 'DOWN' : 'UP';
    facts.push({ type: 'health.changed', time: new Date(changedAt), dedupeKey: `${solution.id}#${changedAt}#${status}`, ...about, outcome: status, ref: transition.incident?.id });
  }
  return facts;
}
