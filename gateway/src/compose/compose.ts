import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { execute, parse, printSchema } from 'graphql';
import { SUBGRAPHS, type SubgraphEntry } from '../subgraphs.ts';

export interface ComposedSchema {
  /** File name under schema/ → contents. */
  files: Record<string, string>;
}

/** A subgraph's SDL as the federation runtime reports it (`_service { sdl }`), built without a port. */
async function subgraphSdl(entry: SubgraphEntry): Promise<string> {
  const schema = await entry.buildSchema();
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  const sdl = (result.data as { _service?: { sdl?: string } } | null)?._service?.sdl;
  if (!sdl) throw new Error(`${entry.name}: could not read its SDL (${JSON.stringify(result.errors)})`);
  return sdl.trim() + '\n';
}

/**
 * Builds every subgraph schema and composes the supergraph. Throws with every composition error listed.
 * The URLs in the supergraph are the local defaults; the gateway routes by its own configuration.
 */
export async function composeSupergraph(subgraphs: SubgraphEntry[] = SUBGRAPHS): Promise<ComposedSchema> {
  const files: Record<string, string> = {};
  const services = [];
  for (const entry of subgraphs) {
    const sdl = await subgraphSdl(entry);
    files[`${entry.name}.graphql`] = sdl;
    services.push({ name: entry.name, typeDefs: parse(sdl), url: `http://127.0.0.1:${entry.defaultPort}/graphql` });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files['supergraph.graphql'] = result.supergraphSdl.trim() + '\n';
  files['api.graphql'] = printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim() + '\n';
  return { files };
}

export const SCHEMA_DIR = new URL('../../../schema/', import.meta.url).pathname;

/** The committed supergraph the gateway serves. */
export function readCommittedSupergraph(dir = SCHEMA_DIR): Promise<string> {
  return readFile(join(dir, 'supergraph.graphql'), 'utf8');
}
