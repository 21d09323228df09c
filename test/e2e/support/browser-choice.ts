/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The value of CHROMIUM_PATH that asks for the Chromium inside the `@sparticuz/chromium` npm package. */
export const BUNDLED = 'bundled';

/** Which Chromium the e2e tests drive, and why (for the launch log). */
export type BrowserChoice = { kind: 'binary'; path: string; reason: string } | { kind: 'bundled'; reason: string };

/**
 * CHROMIUM_PATH wins (a Chromium binary, or `bundled`); without it Debian's chromium if it is installed; else the
 * Chromium shipped inside `@sparticuz/chromium`, so that `npm install` alone gives the tests a browser.
 */
export function chooseBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean): BrowserChoice {
  const override = env.CHROMIUM_PATH?.trim();
  if (override === BUNDLED) return { kind: 'bundled', reason: `CHROMIUM_PATH=${BUNDLED}` };
  if (override) {
    if (!exists(override)) {
      throw new Error(`CHROMIUM_PATH is ${override}, but there is no file there: set it to a Chromium binary, or to \`${BUNDLED}\` for the one in @sparticuz/chromium, or unset it.`);
    }
    return { kind: 'binary', path: override, reason: 'CHROMIUM_PATH' };
  }
  if (exists(DEBIAN_CHROMIUM)) return { kind: 'binary', path: DEBIAN_CHROMIUM, reason: `${DEBIAN_CHROMIUM} is installed` };
  return { kind: 'bundled', reason: `no CHROMIUM_PATH and no ${DEBIAN_CHROMIUM}` };
}
