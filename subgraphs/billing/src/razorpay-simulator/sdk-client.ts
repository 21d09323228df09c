import Razorpay from 'razorpay';

/**
 * Points an official SDK client at another base URL (the simulator). razorpay-node 2.9 hard-codes its API host;
 * its requests go through one axios instance whose `baseURL` can be replaced.
 */
export function pointRazorpayAt(client: Razorpay, baseUrl: string): Razorpay {
  const api = client.api as unknown as { rq?: { defaults: { baseURL?: string } } };
  if (!api.rq?.defaults) throw new Error('This razorpay SDK version keeps no axios instance at api.rq; pin razorpay 2.9.x.');
  api.rq.defaults.baseURL = baseUrl;
  return client;
}

/** A razorpay SDK client with the simulator's keys, talking to the simulator. */
export function razorpayClientFor(simulator: { url: string; keyId: string; keySecret: string }): Razorpay {
  return pointRazorpayAt(new Razorpay({ key_id: simulator.keyId, key_secret: simulator.keySecret }), simulator.url);
}
