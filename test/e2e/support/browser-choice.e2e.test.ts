import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Chromium from '@sparticuz/chromium';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from './browser.ts';
import { BUNDLED, chooseBrowser, DEBIAN_CHROMIUM } from './browser-choice.ts';
import { FONTS_CONF, mergeFlags } from './bundled-chromium.ts';

// Which browser the e2e tests launch, and with what; nothing here starts one.
const onDisk = (...paths: string[]) => (path: string) => paths.includes(path);

describe('choosing the e2e browser', () => {
  it('takes the binary CHROMIUM_PATH names, even when Debian’s chromium is installed', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome' }, onDisk('/opt/chrome/chrome', DEBIAN_CHROMIUM))).toEqual({
      kind: 'binary',
      path: '/opt/chrome/chrome',
      reason: 'CHROMIUM_PATH',
    });
  });

  it('takes the bundled Chromium for CHROMIUM_PATH=bundled, even when Debian’s chromium is installed', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: BUNDLED }, onDisk(DEBIAN_CHROMIUM))).toEqual({ kind: 'bundled', reason: 'CHROMIUM_PATH=bundled' });
  });

  it('refuses a CHROMIUM_PATH with no file, naming the variable and the path, rather than falling back', () => {
    expect(() => chooseBrowser({ CHROMIUM_PATH: '/nowhere/chromium' }, onDisk(DEBIAN_CHROMIUM))).toThrow(/CHROMIUM_PATH is \/nowhere\/chromium, but there is no file there/);
  });

  it('takes Debian’s chromium when CHROMIUM_PATH is unset or empty and it is installed', () => {
    const debian = { kind: 'binary', path: DEBIAN_CHROMIUM, reason: `${DEBIAN_CHROMIUM} is installed` };
    expect(chooseBrowser({}, onDisk(DEBIAN_CHROMIUM))).toEqual(debian);
    expect(chooseBrowser({ CHROMIUM_PATH: '' }, onDisk(DEBIAN_CHROMIUM))).toEqual(debian);
  });

  it('falls back to the bundled Chromium on a machine with neither', () => {
    expect(chooseBrowser({}, onDisk())).toEqual({ kind: 'bundled', reason: `no CHROMIUM_PATH and no ${DEBIAN_CHROMIUM}` });
  });
});

describe('the bundled Chromium', () => {
  it('gets our flags and the package’s, without the Lambda-only ones, each once', () => {
    const args = mergeFlags(Chromium.args, CHROMIUM_FLAGS);
    expect(args).toEqual(expect.arrayContaining(CHROMIUM_FLAGS));
    expect(args).toEqual(expect.arrayContaining(['--no-zygote', '--disable-domain-reliability']));
    for (const lambdaOnly of ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']) {
      expect(args).not.toContain(lambdaOnly);
    }
    expect(args.filter((arg) => /^--(en|dis)able-features=/.test(arg))).toEqual([]);
    expect(new Set(args).size).toBe(args.length);
  });

  it('reads its fonts from the DejaVu that npm installs, so text renders without system fonts', () => {
    const dir = /<dir prefix="relative">([^<]+)<\/dir>/.exec(readFileSync(FONTS_CONF, 'utf8'))?.[1];
    expect(dir).toBeDefined();
    const installed = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    expect(resolve(dirname(FONTS_CONF), dir ?? '')).toBe(installed);
    expect(existsSync(join(installed, 'DejaVuSans.ttf'))).toBe(true);
  });
});
