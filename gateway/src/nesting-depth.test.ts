import { describe, expect, it } from 'vitest';
import { nestingDepth } from './gateway-server.ts';

describe('nestingDepth', () => {
  it('counts selections, arguments and lists', () => {
    expect(nestingDepth('{ a }')).toBe(1);
    expect(nestingDepth('{ a(x: [1, [2]]) { b } }')).toBe(4);
    expect(nestingDepth('query Q { a { b { c } } d }')).toBe(3);
  });

  it('ignores brackets in strings, block strings and comments', () => {
    expect(nestingDepth('{ a(s: "{{{[[[(((") }')).toBe(2);
    expect(nestingDepth('{ a(s: "quote \\" {{{") }')).toBe(2);
    expect(nestingDepth('{ a(s: """ {{{ "" {{{ """) }')).toBe(2);
    expect(nestingDepth('# {{{{{{\n{ a }')).toBe(1);
  });

  it('scans a very deep document without recursion', () => {
    expect(nestingDepth('{'.repeat(200_000))).toBe(200_000);
  });
});
