// The one PageInfo class lives in the shared package, so every subgraph declares the same shareable type.
export { PageInfo } from '@marketplace/shared';
