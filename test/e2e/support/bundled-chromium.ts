import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@sparticuz/chromium';

/** FONTCONFIG_FILE for the bundled browser: DejaVu from npm, no system fonts (see the file). */
export const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));

/**
 * The package's flags that suit Lambda but would test another browser than users have: everything in one process
 * (Lambda's seccomp limit), web security and site isolation off, SharedArrayBuffer on.
 */
const LAMBDA_ONLY = ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials', '--disable-features=', '--enable-features='];

/** The package's flags less the Lambda-only ones, then ours, each once. */
export function mergeFlags(packageFlags: readonly string[], ours: readonly string[]): string[] {
  const kept = packageFlags.filter((flag) => !LAMBDA_ONLY.some((lambdaOnly) => (lambdaOnly.endsWith('=') ? flag.startsWith(lambdaOnly) : flag === lambdaOnly)));
  return [...new Set([...kept, ...ours])];
}

export interface BundledChromium {
  /** e.g. `@sparticuz/chromium 153.0.0`. */
  label: string;
  executablePath: string;
  args: string[];
  env: Record<string, string | undefined>;
}

/**
 * The Chromium inside `@sparticuz/chromium`, unpacked on first use (about 2 s) and kept for later runs, with its
 * flags merged with `ours` and our fonts.
 */
export async function bundledChromium(ours: readonly string[]): Promise<BundledChromium> {
  const { default: Chromium } = await import('@sparticuz/chromium');
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  Chromium.setGraphicsMode = false; // no WebGL (we pass --disable-gpu): the SwiftShader flags would contradict it
  return {
    label: `${PACKAGE} ${version}`,
    executablePath: await unpack(Chromium, join(tmpdir(), `sparticuz-chromium-${version}`)),
    args: mergeFlags(Chromium.args, ours),
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  };
}

/**
 * Unpacks into `dir` once per package version, safely when several runs start at once. Left alone the package
 * unpacks into os.tmpdir() itself and reuses any /tmp/chromium it finds, whatever its version or completeness.
 */
async function unpack(Chromium: { executablePath(): Promise<string> }, dir: string): Promise<string> {
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    // executablePath() reads os.tmpdir() (TMPDIR) synchronously when called, before its first await.
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    let unpacking: Promise<string>;
    try {
      unpacking = Chromium.executablePath();
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    const unpacked = await unpacking;
    if (unpacked !== join(staging, 'chromium')) throw new Error(`${PACKAGE} unpacked to ${unpacked}, not into ${staging}: check bundled-chromium.ts against the new version`);
    chmodSync(staging, 0o755); // mkdtemp's 0700 would hide the copy from other users
    renameSync(staging, dir);
  } catch (error) {
    if (!existsSync(binary)) throw error; // else another run finished first: use its copy
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}
