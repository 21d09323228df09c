import { AuditLog, type BaseContext } from '@marketplace/shared';
import { GrantRepository } from './data/grant.repository.ts';
import { AUDIT_STREAM } from './data/keys.ts';
import { NoticeRepository } from './data/notice.repository.ts';
import { UsageRepository } from './data/usage.repository.ts';
import type { QuotasDeps } from './deps.ts';
import { CounterStore } from './engine/counter-store.ts';
import { GrantService } from './services/grant.service.ts';
import { NoticeService } from './services/notice.service.ts';
import { UsageService } from './services/usage.service.ts';

/** The per-request GraphQL context of the quotas subgraph. */
export interface QuotasContext extends BaseContext {
  usage: UsageService;
  grants: GrantService;
  notices: NoticeService;
  /** The quotas subgraph's stream of the audit trail. */
  audit: AuditLog;
}

/** Builds one request's services around the verified caller. */
export function createQuotasContext(deps: QuotasDeps, base: BaseContext): QuotasContext {
  const audit = new AuditLog(deps.db, deps.table, AUDIT_STREAM);
  return {
    ...base,
    usage: new UsageService(deps, { usage: new UsageRepository(deps.db, deps.table), counters: new CounterStore(deps.db, deps.table) }),
    grants: new GrantService(deps, { grants: new GrantRepository(deps.db, deps.table), audit }),
    notices: new NoticeService(deps, new NoticeRepository(deps.db, deps.table)),
    audit,
  };
}
