import { createHmac } from 'node:crypto';
import Razorpay from 'razorpay';
import { describe, expect, it } from 'vitest';
import { webhookSignatureMatches } from './razorpay-gateway.ts';

const body = Buffer.from(JSON.stringify({ entity: 'event', event: 'subscription.charged', payload: {} }));
const sign = (secret: string, raw: Buffer = body) => createHmac('sha256', secret).update(raw).digest('hex');

describe('webhook signatures', () => {
  it("agree with the SDK's validateWebhookSignature on genuine and forged signatures", () => {
    for (const signature of [sign('current-secret'), sign('other-secret'), sign('current-secret').replace(/.$/, '0'), 'f'.repeat(64)]) {
      expect(webhookSignatureMatches(body, signature, ['current-secret'])).toBe(Razorpay.validateWebhookSignature(body.toString(), signature, 'current-secret'));
    }
  });

  it('accept the previous secret during a rotation, and no other', () => {
    const secrets = ['new-secret', 'old-secret'];
    expect(webhookSignatureMatches(body, sign('new-secret'), secrets)).toBe(true);
    expect(webhookSignatureMatches(body, sign('old-secret'), secrets)).toBe(true);
    expect(webhookSignatureMatches(body, sign('older-secret'), secrets)).toBe(false);
    expect(webhookSignatureMatches(body, sign('old-secret'), ['new-secret'])).toBe(false);
  });

  it('refuse malformed signatures without comparing', () => {
    for (const signature of ['', 'abc', sign('s').toUpperCase(), `${sign('s')}00`, 'z'.repeat(64)]) {
      expect(webhookSignatureMatches(body, signature, ['s'])).toBe(false);
    }
  });

  it('are over the raw bytes: the same JSON re-serialised does not match', () => {
    const spaced = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 2));
    expect(webhookSignatureMatches(spaced, sign('s'), ['s'])).toBe(false);
  });
});
