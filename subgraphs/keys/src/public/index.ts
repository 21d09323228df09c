// What other packages may use of keys: the key format, the cached key reader and the key-state rule (the shim's hot path).
export { checkApiKey, generateApiKey, type ApiKeyCheck } from './api-key-format.ts';
export { createKeyReader, DEFAULT_KEY_CACHE_MS, MAX_KEY_CACHE_MS, type KeyReader } from './key-reader.ts';
export * from './key-state.ts';
