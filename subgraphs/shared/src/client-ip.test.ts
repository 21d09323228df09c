import { describe, expect, it } from 'vitest';
import { isPlainIp, MAX_IP_LENGTH, networkBlock, normalizeIp } from './client-ip.ts';

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

describe('isPlainIp', () => {
  it('takes a plain IPv4 or IPv6 address, and none of the spellings normalizeIp reads past', () => {
    for (const ip of ['203.0.113.7', '::1', '::', '::ffff:203.0.113.7', '2001:db8:abcd:12::1', '0000:0000:0000:0000:0000:ffff:255.255.255.255']) expect(isPlainIp(ip), ip).toBe(true);
    expect('0000:0000:0000:0000:0000:ffff:255.255.255.255').toHaveLength(MAX_IP_LENGTH);
    for (const ip of ['fe80::1%eth0', 'fe80::1%25eth0', ' 203.0.113.7', '203.0.113.7 ', '[::1]', '203.0.113.7:443', '01.2.3.4', '999.1.1.1', '']) {
      expect(isPlainIp(ip), ip).toBe(false);
    }
  });
});

describe('networkBlock', () => {
  it('groups IPv4 by its /24 and unwraps IPv4-mapped IPv6 first', () => {
    expect(networkBlock('203.0.113.7')).toBe('203.0.113.0/24');
    expect(networkBlock('203.0.113.254')).toBe('203.0.113.0/24');
    expect(networkBlock('::ffff:203.0.113.9')).toBe('203.0.113.0/24');
    expect(networkBlock(' 203.0.113.1 ')).toBe('203.0.113.0/24');
    expect(networkBlock('203.0.114.7')).toBe('203.0.114.0/24');
    expect(networkBlock('0.0.0.0')).toBe('0.0.0.0/24');
  });

  it('groups IPv6 by its /48, whatever the spelling, so rotating the subnet or interface bits stays in one block', () => {
    const block = networkBlock('2001:db8:abcd:12::1');
    expect(block).toBe('2001:0db8:abcd::/48');
    for (const same of ['2001:db8:abcd:ffff::1', '2001:0DB8:ABCD:0000:1:2:3:4', '[2001:db8:abcd::]', '2001:db8:abcd:1::2%eth0']) {
      expect(networkBlock(same), same).toBe(block);
    }
    expect(networkBlock('2001:db8:abce::1')).toBe('2001:0db8:abce::/48');
    expect(networkBlock('::1')).toBe('0000:0000:0000::/48');
    expect(networkBlock('::')).toBe('0000:0000:0000::/48');
  });

  it('refuses what is not an IP', () => {
    for (const bad of ['', 'example.com', '1.2.3', '256.1.1.1', '2001:db8::g', '10.0.0.0/24']) expect(networkBlock(bad), bad).toBeNull();
  });
});
