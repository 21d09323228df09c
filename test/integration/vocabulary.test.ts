import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TIER_GRAPHQL_NAMES, TIERS, VERDICT_CODES } from '@marketplace/contracts';
import { Kind, parse, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** The values of the enum `name` as a committed SDL file declares them. */
function enumValues(file: string, name: string): string[] | undefined {
  for (const definition of parse(read(file)).definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name) return definition.values?.map((v) => v.name.value);
  }
  return undefined;
}

describe('the shared vocabulary', () => {
  it('names the same four tiers, in the same order, in GraphQL (upper case) and in the quota contract (lower case)', () => {
    expect(Object.values(TIER_GRAPHQL_NAMES)).toEqual([...TIERS]);
    expect(Object.keys(TIER_GRAPHQL_NAMES)).toEqual(TIERS.map((tier) => tier.toUpperCase()));
    // The committed client-facing schema (drift-tested against the code) and each subgraph that declares Tier.
    for (const file of ['schema/api.graphql', 'schema/catalog.graphql', 'schema/quotas.graphql', 'schema/analytics.graphql']) {
      expect(enumValues(file, 'Tier'), file).toEqual(Object.keys(TIER_GRAPHQL_NAMES));
    }
  });

  it('types every tier in the client-facing schema as the Tier enum, never a String', () => {
    const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
    const notEnum: string[] = [];
    for (const definition of parse(read('schema/api.graphql')).definitions) {
      if (!('fields' in definition) || !definition.fields || ['Query', 'Mutation'].includes(definition.name.value)) continue;
      for (const field of definition.fields) {
        if (/^tier$|Tier$/.test(field.name.value) && named(field.type) !== 'Tier') notEnum.push(`${definition.name.value}.${field.name.value}: ${named(field.type)}`);
      }
    }
    expect(notEnum).toEqual([]);
  });

  it('documents every verdict code in the README, and no other', () => {
    const readme = read('README.md');
    const bullet = readme.slice(readme.indexOf('## Quota API')).match(/^- `code`:([\s\S]*?)(?=^- )/m)?.[1] ?? '';
    const documented = [...bullet.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
    expect(documented).toEqual([...VERDICT_CODES]);
  });
});
