import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type DomainError, ERROR_CODES, ERRORS, type ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { requestIdOf } from './request-id.ts';

/** Where the error table is served (the quota shim and the gateway both serve it). */
export const ERROR_DOCS_PATH = '/docs/errors';

/**
 * A problem's `type`: the error's entry on the served error page. Relative, so it resolves against whichever
 * host answered (RFC 9457 §3.1.1) and opens there, in every deployment, without configuration.
 */
export const problemType = (code: ErrorCode) => PROBLEM_TYPES[code];
const PROBLEM_TYPES = Object.fromEntries(ERROR_CODES.map((code) => [code, `${ERROR_DOCS_PATH}#${code.toLowerCase()}`])) as Record<ErrorCode, string>;

/** An RFC 9457 problem details body, plus the platform's stable `code` and the `requestId` found in the logs. */
export const problemBodySchema = z.object({
  type: z.string().meta({ description: 'Opens this error\'s entry on the error page (relative to the host that answered).', examples: ['/docs/errors#bad_user_input'] }),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]).meta({ description: 'Stable; the error table says what each means.' }),
  requestId: z.string().meta({ description: 'Also sent as X-Request-Id and written to the logs: quote it when asking for help.' }),
  field: z.string().optional().meta({ description: 'The request field at fault, e.g. client.ip.' }),
  problems: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .meta({ description: 'Every problem, when there are several; the first is `field` and `detail`.' }),
  retryAfterSeconds: z.int().min(0).optional(),
});
export type ProblemBody = z.infer<typeof problemBodySchema>;

export function problemBody(error: DomainError, requestId: string): ProblemBody {
  const entry = ERRORS[error.code];
  const body: ProblemBody = { type: problemType(error.code), title: entry.title, status: entry.status, detail: error.message, code: error.code, requestId };
  if (error.field !== undefined) body.field = error.field;
  if (error.problems !== undefined) body.problems = [...error.problems];
  if (error.retryAfterSeconds !== undefined) body.retryAfterSeconds = error.retryAfterSeconds;
  return body;
}

/** Answers a DomainError as problem+json; see createProblemSender. */
export type ProblemSender = (req: IncomingMessage, res: ServerResponse, error: DomainError, headers?: OutgoingHttpHeaders) => void;

/**
 * The one way an HTTP endpoint answers an error: `application/problem+json` with the table's status, the
 * request id in the body, in `X-Request-Id` and in the log line (info for the caller's mistakes, error with the
 * cause for ours), `Retry-After` when retrying helps, and `Connection: close` when the body was not read to
 * its end (so its rest is never taken for the next request).
 */
export function createProblemSender(logger: Logger): ProblemSender {
  return (req, res, error, headers) => {
    const requestId = requestIdOf(req);
    const body = JSON.stringify(problemBody(error, requestId));
    const out: OutgoingHttpHeaders = {
      'content-type': 'application/problem+json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-request-id': requestId,
      ...headers,
    };
    if (error.retryAfterSeconds !== undefined) out['retry-after'] = String(error.retryAfterSeconds);
    if (!req.complete) out.connection = 'close';
    res.writeHead(error.status, out);
    res.end(body);
    const path = req.url?.split('?', 1)[0];
    const fields = { requestId, code: error.code, status: error.status, field: error.field, method: req.method, path };
    if (error.status >= 500) logger.error({ ...fields, err: error.cause ?? error }, 'request failed');
    else logger.info(fields, 'request refused');
  };
}
