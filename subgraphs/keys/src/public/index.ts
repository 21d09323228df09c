import { subgraphTable } from '@marketplace/shared';
import { keysProcess } from '../config.ts';
// What other packages may use of keys: the key format, the cached key reader and the key-state rule (the shim's hot path).
export { checkApiKey, generateApiKey, type ApiKeyCheck } from './api-key-format.ts';
export { createKeyReader, DEFAULT_KEY_CACHE_MS, MAX_KEY_CACHE_MS, type KeyReader } from './key-reader.ts';
export * from './key-state.ts';
export { createKeyAccountEraser } from './account-eraser.ts';
export { createKeyHolders, type KeyHolders } from './key-holders.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { keysProcess };
export const keysTable = subgraphTable(keysProcess.name);
