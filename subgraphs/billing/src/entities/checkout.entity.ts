import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { TaxedPrice } from './money.entity.ts';

@ObjectType('CheckoutSession', { description: 'A subscription waiting for its payment at Razorpay Checkout.' })
export class CheckoutSession {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => String, { description: "Razorpay's subscription id, for Checkout's `subscription_id`." })
  razorpaySubscriptionId!: string;

  @Field(() => String, { description: "Razorpay's key id, for Checkout's `key`." })
  keyId!: string;

  @Field(() => String, {
    description: 'Open this page to pay (add `callback_url` for the return); it returns razorpay_payment_id, razorpay_subscription_id and razorpay_signature.',
  })
  checkoutUrl!: string;

  @Field(() => TaxedPrice, { description: 'What is charged now.' })
  amount!: TaxedPrice;

  @Field(() => Boolean, { description: 'True on the Razorpay test-mode simulator or with test keys: no real money moves.' })
  testMode!: boolean;
}

@InputType('CheckoutConfirmation', { description: 'What Razorpay Checkout returned.' })
export class CheckoutConfirmation {
  @Field(() => String)
  razorpayPaymentId!: string;

  @Field(() => String)
  razorpaySubscriptionId!: string;

  @Field(() => String)
  razorpaySignature!: string;
}
