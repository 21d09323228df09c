import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeSupergraph, SCHEMA_DIR } from './compose.ts';

/** `npm run schema:compose`: writes schema/*.graphql from the code; fails on composition errors. */
try {
  const { files } = await composeSupergraph();
  await mkdir(SCHEMA_DIR, { recursive: true });
  for (const stale of await readdir(SCHEMA_DIR)) {
    if (stale.endsWith('.graphql') && !(stale in files)) await rm(join(SCHEMA_DIR, stale));
  }
  for (const [name, contents] of Object.entries(files)) await writeFile(join(SCHEMA_DIR, name), contents);
  console.log(`schema/: wrote ${Object.keys(files).join(', ')}`);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
