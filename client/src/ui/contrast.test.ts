// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The light-scheme value of a colour variable declared as `--name: light-dark(#light, #dark)`. */
const light = (name: string) => css.match(new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}),`, 'i'))?.[1];

describe('status colours in the light scheme', () => {
  it('are readable as text (badges such as "Pending" are 0.8 rem): at least 4.5:1 on white and on a card', () => {
    for (const name of ['ok', 'warn', 'danger', 'accent']) {
      const colour = light(name);
      expect(colour, `--${name}`).toBeDefined();
      // Cards (--surface) are 3 % text colour over white: #f7f7f7.
      expect(contrast(colour!, '#ffffff'), `--${name} ${colour} on white`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour!, '#f7f7f7'), `--${name} ${colour} on a card`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
