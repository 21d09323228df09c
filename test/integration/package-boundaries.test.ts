import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const packageDirs = [
  ...readdirSync(path.join(root, 'subgraphs')).map((d) => `subgraphs/${d}`),
  'gateway',
  'client',
  'sdk',
  'test',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules' || entry === 'dist' || entry === 'gql') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

const importPattern = /(?:from\s+|import\(\s*)'([^']+)'/g;
const isTestFile = (file: string) => /\.test\.tsx?$|\/testing\/|^test\//.test(path.relative(root, file));

describe('package boundaries', () => {
  const files = packageDirs.flatMap((dir) => sourceFiles(path.join(root, dir)).map((file) => ({ dir, file })));

  it('reach other packages only through ".", "./public" or "./testing"', () => {
    const offending: string[] = [];
    for (const { dir, file } of files) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(importPattern)) {
        if (!spec) continue;
        const where = `${path.relative(root, file)} → ${spec}`;
        if (spec.startsWith('.')) {
          const target = path.relative(root, path.resolve(path.dirname(file), spec));
          // Tests and harnesses share the run's support (DynamoDB endpoint, SMTP server) under test/support/.
          const sharedTestSupport = target.startsWith('test/support/') && isTestFile(file);
          if (!target.startsWith(`${dir}/`) && !sharedTestSupport) offending.push(where);
        } else if (spec.startsWith('@marketplace/')) {
          const subpath = spec.split('/').slice(2).join('/');
          // The SDK is published on its own: its framework entry points (`/express`, `/node`…) are its public faces.
          const published = spec.startsWith('@marketplace/sdk/');
          if (subpath !== '' && subpath !== 'public' && subpath !== 'testing' && !published) offending.push(where);
          if (subpath === 'testing' && !isTestFile(file)) offending.push(`${where} (test harness in production code)`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("let only wiring files use another package's behaviour (its types may be named anywhere)", () => {
    // The composition roots: a process's start (`main.ts`, `lambda.ts`, `setup.ts`), what it hands its package
    // (`deps.ts`, the shim's `shim-deps.ts`), and the platform's own wiring under gateway/src/platform/.
    const wiring = (file: string) => /^(main|lambda|setup|deps|shim-deps)\.ts$/.test(path.basename(file)) || path.relative(root, file).startsWith('gateway/src/platform/');
    const valueImport = /^import\s+(?!type\s)([^'";]*?)\s+from\s+'(@marketplace\/[^']+)'/gm;
    const offending: string[] = [];
    for (const { dir, file } of files) {
      if (isTestFile(file) || wiring(file)) continue;
      for (const [, names, spec] of readFileSync(file, 'utf8').matchAll(valueImport)) {
        const owner = spec!.split('/')[1]!;
        // Shared helpers and the vocabulary serve every package; a package's own face is its own.
        if (owner === 'shared' || owner === 'contracts' || `${dir}/`.endsWith(`/${owner}/`) || dir === owner) continue;
        const onlyTypes = /^\{[^}]*\}$/.test(names!.trim()) && names!.slice(1, -1).split(',').every((name) => !name.trim() || /^type\s/.test(name.trim()));
        if (!onlyTypes) offending.push(`${path.relative(root, file)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('are enforced by the module system: a deep import does not resolve, the public face does', () => {
    const resolve = (spec: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', `import.meta.resolve(${JSON.stringify(spec)})`], { cwd: root, encoding: 'utf8' });
    expect(resolve('@marketplace/keys/src/data/keys.ts').stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(resolve('@marketplace/keys/public').status).toBe(0);
  });
});
