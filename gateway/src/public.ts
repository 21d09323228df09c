// What other packages may use of the gateway without starting it: its start-up requirements (the CDK app reads them).
export { gatewayProcess } from './config.ts';
export { SERVICES, SUBGRAPHS } from './subgraphs.ts';
