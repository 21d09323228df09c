import { keyedHash, normalizeIp } from '@marketplace/shared';

/**
 * An anonymous caller's identity on a solution: a keyed hash of the normalised client IP (IPv6 by /64),
 * user agent and accept-language the solution passes on. Null when `ip` is not an IP address. The IP is
 * never stored or logged; only this hash is.
 */
export function anonymousFingerprint(
  secret: string,
  client: { ip: string; userAgent?: string; acceptLanguage?: string },
): string | null {
  const ip = normalizeIp(client.ip);
  if (!ip) return null;
  const material = `${ip}\n${(client.userAgent ?? '').trim()}\n${(client.acceptLanguage ?? '').trim().toLowerCase()}`;
  return `anon_${keyedHash(secret, material).slice(0, 32)}`;
}
