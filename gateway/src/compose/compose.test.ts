import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SCHEMA_DIR } from './compose.ts';

describe('committed schema', () => {
  it('matches what the code composes (run `npm run schema:compose` after changing a schema)', async () => {
    const { files } = await composeSupergraph();
    const committed = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith('.graphql')).sort();
    expect(committed).toEqual(Object.keys(files).sort());
    for (const [name, contents] of Object.entries(files)) {
      expect(await readFile(join(SCHEMA_DIR, name), 'utf8'), `schema/${name} is stale`).toBe(contents);
    }
  });

  it('keeps federation internals out of the client-facing schema', async () => {
    const { files } = await composeSupergraph();
    expect(files['api.graphql']).not.toMatch(/_entities|_service|join__/);
    expect(files['supergraph.graphql']).toMatch(/join__graph/);
  });
});
