// What the tests and the bench use of the gateway package: the server builder and the committed supergraph.
export { readCommittedSupergraph } from './compose/compose.ts';
export { startGateway, type GatewayOptions } from './gateway-server.ts';
export { accountErasers } from './platform/account-erasure.ts';
