import { checkFields, conflict, createEventOutbox, newId, notFound, type Page, sendMailSafely, type SignedInCaller, transactWrite } from '@marketplace/shared';
import type { ApplicationRecord, ApplicationStatus } from '../data/application.repository.ts';
import { auditEventPut } from '@marketplace/shared';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import type { CatalogDeps } from '../deps.ts';
import { applicationApprovedMail, applicationRejectedMail } from '../mail/application-decision.mail.ts';
import { checkPageSize, requiredText, validEmail, validReason, validUrl } from './input-rules.ts';

export interface ApplicationInput {
  companyName: string;
  website: string;
  contactName: string;
  contactEmail: string;
  description: string;
}

const COMPANY_MAX = 100;
const CONTACT_MAX = 100;
const DESCRIPTION_MAX = 2000;

/**
 * Owns partner applications: a signed-in customer applies (one pending application at a time), an admin
 * approves — which grants the partner role through identity's role writer (`deps.roles`) — or rejects with a reason, and the
 * applicant's contact is mailed either way.
 */
export class ApplicationService {
  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {}

  async apply(caller: SignedInCaller, input: ApplicationInput): Promise<ApplicationRecord> {
    const fields = checkFields({
      companyName: () => requiredText('input.companyName', input.companyName, COMPANY_MAX, 'a company name'),
      website: () => validUrl('input.website', input.website),
      contactName: () => requiredText('input.contactName', input.contactName, CONTACT_MAX, 'a contact name'),
      contactEmail: () => validEmail('input.contactEmail', input.contactEmail),
      description: () => requiredText('input.description', input.description, DESCRIPTION_MAX, 'a description of what you will offer'),
    });
    if (caller.roles.includes('partner')) throw conflict('You are already a partner.');
    const now = this.deps.clock.now();
    const application: ApplicationRecord = {
      id: newId('app', now),
      applicantId: caller.userId,
      ...fields,
      status: 'PENDING',
      createdAt: now.toISOString(),
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
    };
    const audit = auditEventPut(
      this.deps.table,
      { stream: AUDIT_STREAM, actorId: caller.userId, action: 'application.create', targetType: 'PartnerApplication', targetId: application.id, userId: caller.userId, after: { companyName: fields.companyName, status: 'PENDING' } },
      now,
    );
    const result = await transactWrite(this.deps.db, [...this.repos.applications.putNew(application), ...audit.items]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') {
        throw conflict('You already have a pending partner application; wait for its decision.');
      }
      throw new Error(`applyForPartnership: transaction cancelled (${result.reasons.join(', ')})`);
    }
    return application;
  }

  /**
   * Grants the partner role first (idempotent, audited by identity), then marks the application APPROVED on
   * the condition that it is still PENDING, records the partner's profile and mails the applicant. Of an
   * approval and a rejection racing, one wins; the loser gets CONFLICT (a granted role then stays: an admin
   * can take it back in the user admin).
   */
  async approve(actorId: string, applicationId: string): Promise<ApplicationRecord> {
    const application = await this.pending(applicationId, 'approved');
    await this.deps.roles.grant({ userId: application.applicantId, role: 'partner', actorId, reason: `Partner application ${application.id} approved` });
    const now = this.deps.clock.now();
    const approved = createEventOutbox(this.deps).stage([
      { type: 'partner.approved', time: now, dedupeKey: application.id, partnerId: application.applicantId, userId: application.applicantId, ref: application.id },
    ]);
    const decided = await this.decide(application, { status: 'APPROVED', decidedAt: now.toISOString(), decidedBy: actorId, decisionReason: null }, now, [
      this.repos.applications.putProfile({
        userId: application.applicantId,
        applicationId: application.id,
        companyName: application.companyName,
        website: application.website,
        contactName: application.contactName,
        contactEmail: application.contactEmail,
        approvedAt: now.toISOString(),
      }),
      ...approved.items,
    ]);
    await approved.publish();
    await sendMailSafely(this.deps, applicationApprovedMail(decided, this.deps.publicUrl));
    return decided;
  }

  async reject(actorId: string, applicationId: string, rawReason: string): Promise<ApplicationRecord> {
    const reason = validReason('reason', rawReason);
    const application = await this.pending(applicationId, 'rejected');
    const now = this.deps.clock.now();
    const decided = await this.decide(application, { status: 'REJECTED', decidedAt: now.toISOString(), decidedBy: actorId, decisionReason: reason }, now);
    await sendMailSafely(this.deps, applicationRejectedMail(decided, reason));
    return decided;
  }

  /** The caller's most recent application (pending, approved or rejected). */
  latestOf(userId: string): Promise<ApplicationRecord | null> {
    return this.repos.applications.latestOf(userId);
  }

  list(status: ApplicationStatus | null, first: number, after?: string | null): Promise<Page<ApplicationRecord>> {
    checkPageSize(first);
    return this.repos.applications.list(status, first, after);
  }

  private async pending(applicationId: string, verb: string): Promise<ApplicationRecord> {
    const application = await this.repos.applications.get(applicationId);
    if (!application) throw notFound('Partner application', 'id');
    // Decided already (by another admin, or a second click): the state no longer allows it, as when the race is
    // lost inside the transaction (decide), so the same CONFLICT naming the id (README, Errors).
    if (application.status !== 'PENDING') {
      throw conflict(`Only a PENDING application can be ${verb}; this one is ${application.status}.`, 'id');
    }
    return application;
  }

  private async decide(
    application: ApplicationRecord,
    decision: Pick<ApplicationRecord, 'status' | 'decidedAt' | 'decidedBy' | 'decisionReason'>,
    now: Date,
    extra: Parameters<typeof transactWrite>[1] = [],
  ): Promise<ApplicationRecord> {
    const decided: ApplicationRecord = { ...application, ...decision };
    const audit = auditEventPut(
      this.deps.table,
      {
        stream: AUDIT_STREAM,
        actorId: decision.decidedBy,
        action: decision.status === 'APPROVED' ? 'application.approve' : 'application.reject',
        targetType: 'PartnerApplication',
        targetId: application.id,
        userId: application.applicantId,
        before: { status: 'PENDING' },
        after: { status: decision.status },
        reason: decision.decisionReason,
      },
      now,
    );
    const result = await transactWrite(this.deps.db, [...this.repos.applications.decide(application, decided), ...extra, ...audit.items]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed' || result.reasons[1] === 'ConditionalCheckFailed') {
        throw conflict('This application was decided by someone else in the meantime.', 'id');
      }
      throw new Error(`application decision: transaction cancelled (${result.reasons.join(', ')})`);
    }
    return decided;
  }
}
