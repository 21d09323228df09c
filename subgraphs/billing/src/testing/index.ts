/** What tests use from billing: its harness, and the Razorpay test-mode simulator (other packages' tests too). */
export * from './billing-harness.ts';
export {
  createRazorpaySimulator,
  RazorpaySimulator,
  type RazorpaySimulatorOptions,
  SIMULATOR_DEFAULTS,
  SimulatorInProductionError,
  startRazorpaySimulator,
} from '../razorpay-simulator/simulator-server.ts';
export { pointRazorpayAt, razorpayClientFor } from '../razorpay-simulator/sdk-client.ts';
export type { ChargeResult, CheckoutPayer, CheckoutResponse, CheckoutResult } from '../razorpay-simulator/simulator-core.ts';
export type { DeliveryResult, ReleaseOrder, WebhookRetryPolicy } from '../razorpay-simulator/webhooks.ts';
export type { StoredEvent } from '../razorpay-simulator/store.ts';
export type * from '../razorpay-simulator/entities.ts';
export { FAILURE_CARD, SUCCESS_CARD, TEST_CARDS } from '../razorpay-simulator/test-cards.ts';
