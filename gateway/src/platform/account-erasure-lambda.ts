import { scheduledJobsHandler } from '@marketplace/shared';
import { setupAccountErasure } from './account-erasure.ts';

/** Carries out the account deletions whose grace period ended (the process's hourly job); invoked on a schedule. */
export const erasureJobHandler = scheduledJobsHandler(setupAccountErasure, ({ job }) => job.eraseDue());
