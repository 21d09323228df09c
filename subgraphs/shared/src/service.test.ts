import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAlive } from '../../../test/support/processes.ts';

const SERVICE = fileURLToPath(new URL('./service.ts', import.meta.url));

describe('runService', () => {
  it('stops a process whose launcher went away while it was still loading (no orphan left running)', { timeout: 60_000 }, async () => {
    // A service that loads for a while, then would run until told to stop.
    const dir = mkdtempSync(join(tmpdir(), 'mp-service-'));
    const fixture = join(dir, 'service.mjs');
    writeFileSync(
      fixture,
      `import { runService } from ${JSON.stringify(SERVICE)};
await new Promise((r) => setTimeout(r, 500));
await runService('fixture', async () => {
  const timer = setInterval(() => {}, 1000);
  return { close: async () => clearInterval(timer) };
});
`,
    );
    // The launcher starts it (with the IPC channel, as `npm start` does) and is gone at once.
    const launcher = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(fixture)}], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
process.stdout.write(String(c.pid)); process.exit(0);`,
      ],
      { cwd: fileURLToPath(new URL('../../../', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    launcher.stdout!.on('data', (d) => (out += d));
    await new Promise((resolve) => launcher.once('exit', resolve));
    const pid = Number(out);
    expect(pid).toBeGreaterThan(0);
    try {
      for (let i = 0; i < 450 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      expect(isAlive(pid)).toBe(false);
    } finally {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
