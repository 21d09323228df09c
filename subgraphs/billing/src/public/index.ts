// What other packages may use of billing: the simulator's local defaults (the launcher starts it without Razorpay keys).
export { SIMULATOR_DEFAULTS } from './simulator-defaults.ts';
