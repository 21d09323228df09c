import { describe, expect, it } from 'vitest';
import { normalizeIp } from './client-ip.ts';

describe('normalizeIp', () => {
  it('keeps IPv4 and unwraps IPv4-mapped IPv6', () => {
    expect(normalizeIp('203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by their /64, whatever their spelling', () => {
    const a = normalizeIp('2001:db8:abcd:12::1');
    expect(a).toBe('2001:0db8:abcd:0012::/64');
    expect(normalizeIp('2001:0db8:abcd:0012:ffff:1:2:3')).toBe(a);
    expect(normalizeIp('[2001:db8:abcd:12::dead:beef]')).toBe(a);
    expect(normalizeIp('fe80::1%eth0')).toBe('fe80:0000:0000:0000::/64');
    expect(normalizeIp('::1')).toBe('0000:0000:0000:0000::/64');
    expect(normalizeIp('2001:db8:abcd:13::1')).not.toBe(a);
  });

  it('refuses what is not an IP', () => {
    for (const bad of ['', 'localhost', '1.2.3', '999.1.1.1', '2001:db8::g', '1.2.3.4/24', ' ']) {
      expect(normalizeIp(bad), bad).toBeNull();
    }
  });
});
