/**
 * Razorpay's documented test cards (docs: "Test Card Details"): the subscription cards and the Indian payment
 * cards succeed; the error-scenario cards fail with the reason and description Razorpay documents for them.
 * Any other number is refused as an invalid card, as test mode does.
 */
export interface CardFailure {
  reason: string;
  description: string;
  source: 'customer' | 'bank' | 'gateway';
  step: 'payment_authorization' | 'payment_authentication';
}

export interface TestCard {
  number: string;
  network: 'Visa' | 'MasterCard' | 'RuPay';
  type: 'credit' | 'debit';
  international: boolean;
  label: string;
  /** Null: the payment succeeds. */
  failure: CardFailure | null;
}

const declined: CardFailure = {
  reason: 'card_declined',
  description: 'Your payment did not go through as it was declined by the bank. Try another payment method or contact your bank.',
  source: 'bank',
  step: 'payment_authorization',
};
const insufficientFunds: CardFailure = {
  reason: 'insufficient_funds',
  description: 'Your payment could not be completed due to insufficient account balance. Try another card or payment method.',
  source: 'customer',
  step: 'payment_authorization',
};
const timedOut: CardFailure = {
  reason: 'payment_timed_out',
  description: 'Your payment could not be completed due to a temporary issue. Try again later.',
  source: 'gateway',
  step: 'payment_authorization',
};
const cancelled: CardFailure = {
  reason: 'payment_cancelled',
  description: 'Your payment has been cancelled. Try again or complete the payment later.',
  source: 'customer',
  step: 'payment_authentication',
};
export const INVALID_CARD: CardFailure = {
  reason: 'card_number_invalid',
  description: 'You have entered an incorrect card number. Try again.',
  source: 'customer',
  step: 'payment_authorization',
};

export const TEST_CARDS: readonly TestCard[] = [
  { number: '4718609108204366', network: 'Visa', type: 'credit', international: false, label: 'Subscriptions: domestic Visa credit', failure: null },
  { number: '5104060000000008', network: 'MasterCard', type: 'debit', international: false, label: 'Subscriptions: Mastercard debit', failure: null },
  { number: '5104015555555558', network: 'MasterCard', type: 'credit', international: true, label: 'Subscriptions: international Mastercard credit', failure: null },
  { number: '4100280000001007', network: 'Visa', type: 'credit', international: false, label: 'Indian payments: Visa', failure: null },
  { number: '5500670000001002', network: 'MasterCard', type: 'credit', international: false, label: 'Indian payments: Mastercard', failure: null },
  { number: '6527658900001005', network: 'RuPay', type: 'debit', international: false, label: 'Indian payments: RuPay', failure: null },
  { number: '4100280000080001', network: 'Visa', type: 'credit', international: false, label: 'Fails: insufficient funds', failure: insufficientFunds },
  { number: '5305620000050001', network: 'MasterCard', type: 'credit', international: false, label: 'Fails: insufficient funds', failure: insufficientFunds },
  { number: '4100280000060003', network: 'Visa', type: 'credit', international: false, label: 'Fails: declined by the bank', failure: declined },
  { number: '5305620000030003', network: 'MasterCard', type: 'credit', international: false, label: 'Fails: declined by the bank', failure: declined },
  { number: '4100280000090000', network: 'Visa', type: 'credit', international: false, label: 'Fails: timed out', failure: timedOut },
  { number: '4100280000070002', network: 'Visa', type: 'credit', international: false, label: 'Fails: cancelled by the customer', failure: cancelled },
];

/** The card tests use when they only need a payment to succeed (or to fail). */
export const SUCCESS_CARD = '4718609108204366';
export const FAILURE_CARD = '4100280000080001';

/** The failure Razorpay reports when a renewal (auto-charge) fails in the simulator. */
export const RENEWAL_FAILURE: CardFailure = insufficientFunds;

export function normaliseCardNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function findTestCard(number: string): TestCard | undefined {
  const digits = normaliseCardNumber(number);
  return TEST_CARDS.find((card) => card.number === digits);
}
