import { describe, expect, it } from 'vitest';
import { ClientMemo } from './fingerprint.ts';

describe('ClientMemo (what a client decides, found without a key per call)', () => {
  const person = { ip: '192.0.2.7', userAgent: 'Mozilla/5.0', acceptLanguage: 'en' };

  it('tells clients apart by IP, user agent and language, an absent field being an empty one', () => {
    const memo = new ClientMemo<string>(100);
    memo.set(person, 'person');
    memo.set({ ...person, acceptLanguage: 'de' }, 'german');
    memo.set({ ip: '192.0.2.7' }, 'bare');
    expect(memo.get({ ...person })).toBe('person');
    expect(memo.get({ ...person, acceptLanguage: 'de' })).toBe('german');
    expect(memo.get({ ip: '192.0.2.7', userAgent: '', acceptLanguage: '' })).toBe('bare');
    expect(memo.get({ ...person, userAgent: 'Mozilla/5.0 ' })).toBeUndefined();
    expect(memo.get({ ...person, ip: '192.0.2.8' })).toBeUndefined();
    // The fields' boundaries count: moving text from the agent to the language is another client.
    expect(memo.get({ ip: '192.0.2.7', userAgent: 'Mozilla/5.', acceptLanguage: '0en' })).toBeUndefined();
  });

  it('keeps at most perIp clients of one IP, forgetting the oldest (a rotating user agent cannot grow the scan)', () => {
    const memo = new ClientMemo<number>(100, 3);
    for (let i = 0; i < 5; i++) memo.set({ ...person, userAgent: `agent/${i}` }, i);
    expect(memo.size).toBe(3);
    expect(memo.get({ ...person, userAgent: 'agent/0' })).toBeUndefined();
    expect(memo.get({ ...person, userAgent: 'agent/1' })).toBeUndefined();
    expect([2, 3, 4].map((i) => memo.get({ ...person, userAgent: `agent/${i}` }))).toEqual([2, 3, 4]);
  });

  it('forgets everything once maxEntries clients are held, then fills again', () => {
    const memo = new ClientMemo<number>(4);
    for (let i = 0; i < 4; i++) memo.set({ ip: `198.51.100.${i}` }, i);
    expect(memo.size).toBe(4);
    expect(memo.get({ ip: '198.51.100.0' })).toBe(0);
    memo.set({ ip: '198.51.100.9' }, 9);
    expect(memo.size).toBe(1);
    expect(memo.get({ ip: '198.51.100.0' })).toBeUndefined();
    expect(memo.get({ ip: '198.51.100.9' })).toBe(9);
  });
});
