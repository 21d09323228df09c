import { isIP } from 'node:net';

/** The longest text a plain address can be: full IPv6 groups ending in an IPv4 (`0000:…:ffff:255.255.255.255`). */
export const MAX_IP_LENGTH = 45;

/**
 * The rule for an address a caller sends (the quota API's `client.ip`): a plain IPv4 or IPv6 address as `isIP`
 * reads it, without the zone id it also takes (`fe80::1%eth0`, which names the sender's own interface), brackets,
 * a port or spaces. `normalizeIp` is lenient with all of those (headers and sockets spell addresses so); what
 * callers send must be exact, so one address has one spelling to check.
 */
export function isPlainIp(raw: string): boolean {
  return raw.length <= MAX_IP_LENGTH && !raw.includes('%') && isIP(raw) !== 0;
}

/**
 * Normalises an IP for keyed hashing: IPv4-mapped IPv6 becomes IPv4, and IPv6 is cut to its /64 (one
 * subscriber's network), so rotating the low bits does not make a new client. Null when not an IP.
 */
export function normalizeIp(raw: string): string | null {
  let ip = raw.trim();
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  const zone = ip.indexOf('%');
  if (zone >= 0) ip = ip.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) ip = mapped[1]!;
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version !== 6) return null;
  return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
}

/**
 * The network block an IP belongs to, for limits per network: IPv4 by its /24, IPv6 by its /48 (one site),
 * IPv4-mapped IPv6 as IPv4. Canonical (`203.0.113.0/24`, `2001:0db8:abcd::/48`), so every spelling of one
 * address gives one block. Null when not an IP. Like `normalizeIp`, only ever stored as a keyed hash.
 */
export function networkBlock(raw: string): string | null {
  const ip = normalizeIp(raw);
  if (!ip) return null;
  if (!ip.endsWith('/64')) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  return `${ip.split(':').slice(0, 3).join(':')}::/48`;
}

function expandIpv6(ip: string): string[] {
  let text = ip.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4 forms not caught above) becomes two hex groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = tail === undefined ? left : [...left, ...Array(missing).fill('0'), ...right];
  return groups.map((g) => g.padStart(4, '0'));
}
