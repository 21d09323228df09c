// What other packages may use of the catalog: the cached read module for solutions, tiers, endpoints and secrets.
export * from './catalog-reader.ts';
