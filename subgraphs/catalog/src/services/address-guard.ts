import { BlockList, isIP } from 'node:net';

/**
 * Which addresses the health monitor may connect to (the SSRF guard). A partner sets the health URL, so without
 * this the platform would fetch whatever they point it at: its own loopback ports, the cloud metadata service
 * (169.254.169.254), the private network. The decision is made on the resolved address the connection uses,
 * never on the host name, so DNS cannot smuggle a private address past it.
 */
export interface AddressPolicy {
  /** Development only: loopback addresses (127.0.0.0/8, ::1) are allowed, except on `blockedPorts`. */
  allowLoopback: boolean;
  /** The platform's own ports (gateway, subgraphs, shim): never checked on loopback even when it is allowed. */
  blockedPorts: readonly number[];
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Private, link-local, shared, unspecified, multicast and reserved ranges: never a partner's public API. */
const internal = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  internal.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  internal.addSubnet(net, bits, 'ipv6');
}

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) judged as the IPv4 address it is. */
function normalise(address: string): { address: string; family: 'ipv4' | 'ipv6' } | null {
  const version = isIP(address);
  if (version === 0) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Null when the monitor may connect to `address`:`port`, else why not (without the address itself). */
export function refusalOf(address: string, port: number, policy: AddressPolicy): string | null {
  const ip = normalise(address);
  if (!ip) return 'not an IP address';
  if (loopback.check(ip.address, ip.family)) {
    if (!policy.allowLoopback) return 'the health URL points at a loopback address';
    if (policy.blockedPorts.includes(port)) return "the health URL points at one of the platform's own ports";
    return null;
  }
  if (internal.check(ip.address, ip.family)) return 'the health URL points at a private, link-local or reserved address';
  return null;
}
