import { pino, type Logger } from 'pino';

export type { Logger };

/** Fields that may hold a secret; pino replaces them wherever they appear (two levels deep). */
const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'apiKey',
  'secret',
  'authorization',
  'cookie',
  'ip',
  'clientIp',
];

/** One structured logger per process; secrets, keys, tokens and raw IPs are redacted. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [...SECRET_FIELDS, ...SECRET_FIELDS.map((f) => `*.${f}`), 'req.headers.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}
