import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root (infra/ is one of its workspaces). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every deployed program: its entry point and how it runs (a Lambda function or the shim's container).
 */
export const PROGRAMS = {
  gateway: { entry: 'gateway/src/lambda.ts', kind: 'lambda' },
  identity: { entry: 'subgraphs/identity/src/lambda.ts', kind: 'lambda' },
  catalog: { entry: 'subgraphs/catalog/src/lambda.ts', kind: 'lambda' },
  keys: { entry: 'subgraphs/keys/src/lambda.ts', kind: 'lambda' },
  quotas: { entry: 'subgraphs/quotas/src/lambda.ts', kind: 'lambda' },
  billing: { entry: 'subgraphs/billing/src/lambda.ts', kind: 'lambda' },
  // Analytics with the catalog's reader, wired by the platform (analytics stands below the catalog).
  analytics: { entry: 'gateway/src/platform/analytics-lambda.ts', kind: 'lambda' },
  // The scheduled account erasures: identity's job with every package's part (no HTTP route).
  'account-erasure': { entry: 'gateway/src/platform/account-erasure-lambda.ts', kind: 'lambda' },
  'quota-shim': { entry: 'subgraphs/quotas/src/shim/main.ts', kind: 'container' },
} as const satisfies Record<string, { entry: string; kind: 'lambda' | 'container' }>;

/**
 * Packages left outside every bundle: native code (`@node-rs/argon2`, DuckDB's `@duckdb/node-api`) or packages that
 * read their own files at run time (pdfkit's font metrics, the DejaVu fonts). A bundle's package.json lists those it
 * imports, at the versions installed here, and `npm run infra:deploy` installs them for Linux x64 (glibc) before
 * uploading: DuckDB's binary comes from `@duckdb/node-bindings-linux-x64` (about 70 MB unzipped, within Lambda's
 * 250 MB; it needs glibc 2.25 and GLIBCXX 3.4.22, which the nodejs22.x runtime's Amazon Linux 2023 has).
 */
const EXTERNAL = ['@node-rs/argon2', '@duckdb/node-api', 'pdfkit', 'dejavu-fonts-ttf'];
/** type-graphql imports class-validator only when argument validation is on, which this platform never turns on. */
const OPTIONAL = ['class-validator'];

export type ProgramName = keyof typeof PROGRAMS;

/** The shim's image: the bundle on Node 22, as an unprivileged user; the port comes from SHIM_PORT. */
const SHIM_DOCKERFILE = `FROM public.ecr.aws/docker/library/node:22-slim
WORKDIR /app
COPY package.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY index.mjs ./
USER node
ENV NODE_ENV=production HOST=0.0.0.0
CMD ["node", "index.mjs"]
`;

/** The version of `name` that the program at `from` resolves (the nearest node_modules upward). */
function installedVersion(name: string, from: string): string {
  for (let dir = dirname(join(ROOT, from)); ; dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      if (dirname(dir) === dir) throw new Error(`${name} is not installed for ${from}`);
    }
  }
}

/**
 * Bundles every program with esbuild into `<outDir>/<name>/` (index.mjs, a package.json naming its externals at
 * the versions installed here, the gateway's supergraph, the shim's Dockerfile): offline, no Docker, a few seconds.
 */
export async function bundlePrograms(outDir: string, only: ProgramName[] = Object.keys(PROGRAMS) as ProgramName[]): Promise<Record<ProgramName, string>> {
  const dirs = {} as Record<ProgramName, string>;
  await Promise.all(
    only.map(async (name) => {
      const program = PROGRAMS[name];
      const dir = join(outDir, name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      await build({
        entryPoints: [join(ROOT, program.entry)],
        outfile: join(dir, 'index.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        // Smaller uploads and cold starts; names kept, since type-graphql names GraphQL types after classes.
        minify: true,
        keepNames: true,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'error',
        external: [...EXTERNAL, ...OPTIONAL],
        // CommonJS dependencies inside an ES module bundle still call require().
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      });
      // By name in the output: billing finds its fonts with require.resolve, which no import graph shows.
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      const needed = EXTERNAL.filter((e) => code.includes(`"${e}`) || code.includes(`'${e}`));
      const dependencies = Object.fromEntries(needed.map((e) => [e, installedVersion(e, program.entry)]));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `marketplace-${name}`, private: true, type: 'module', dependencies }, null, 2));
      if (name === 'gateway') cpSync(join(ROOT, 'schema/supergraph.graphql'), join(dir, 'schema/supergraph.graphql'));
      if (program.kind === 'container') writeFileSync(join(dir, 'Dockerfile'), SHIM_DOCKERFILE);
      dirs[name] = dir;
    }),
  );
  return dirs;
}
