import { keyedHash, normalizeIp } from '@marketplace/shared';

type Client = { ip: string; userAgent?: string; acceptLanguage?: string };

/**
 * One string per (ip, user agent, language) as sent, for memos of what a caller's client decides (its fingerprint,
 * its bot suspicion). It carries the lengths, so no two clients share one. Memory only: never stored or logged.
 */
export function clientKey({ ip, userAgent = '', acceptLanguage = '' }: Client): string {
  return `${ip.length},${userAgent.length},${ip}${userAgent}${acceptLanguage}`;
}

/** The client a `clientKey` was made of. */
export function clientOfKey(key: string): Required<Client> {
  const first = key.indexOf(',');
  const second = key.indexOf(',', first + 1);
  const ipLength = Number(key.slice(0, first));
  const agentLength = Number(key.slice(first + 1, second));
  const rest = key.slice(second + 1);
  return { ip: rest.slice(0, ipLength), userAgent: rest.slice(ipLength, ipLength + agentLength), acceptLanguage: rest.slice(ipLength + agentLength) };
}

/**
 * An anonymous caller's identity on a solution: a keyed hash of the normalised client IP (IPv6 by /64),
 * user agent and accept-language the solution passes on. Null when `ip` is not an IP address. The IP is
 * never stored or logged; only this hash is.
 */
export function anonymousFingerprint(
  secret: string,
  client: Client,
): string | null {
  const ip = normalizeIp(client.ip);
  if (!ip) return null;
  const material = `${ip}\n${(client.userAgent ?? '').trim()}\n${(client.acceptLanguage ?? '').trim().toLowerCase()}`;
  return `anon_${keyedHash(secret, material).slice(0, 32)}`;
}
