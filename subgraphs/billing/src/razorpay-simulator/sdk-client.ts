import Razorpay from 'razorpay';
import { pointRazorpayAt } from '../services/razorpay-gateway.ts';

export { pointRazorpayAt };

/** A razorpay SDK client with the simulator's keys, talking to the simulator. */
export function razorpayClientFor(simulator: { url: string; keyId: string; keySecret: string }): Razorpay {
  return pointRazorpayAt(new Razorpay({ key_id: simulator.keyId, key_secret: simulator.keySecret }), simulator.url);
}
