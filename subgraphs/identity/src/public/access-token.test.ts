import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken, verifyAccessToken } from './access-token.ts';

const pair = () =>
  generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

describe('verifyAccessToken, which remembers verified tokens', () => {
  const { privateKey, publicKey } = pair();
  const claims = { userId: 'usr_1', roles: ['customer' as const], sessionId: 'ses_1' };

  it('still refuses a remembered token from the second it expires, as the first check would', async () => {
    const issued = new Date('2026-06-01T12:00:00Z');
    const { token } = await issueAccessToken(privateKey, claims, issued);
    expect(await verifyAccessToken(publicKey, token, issued)).toEqual(claims);
    const last = new Date(issued.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000 - 1);
    expect(await verifyAccessToken(publicKey, token, last)).toEqual(claims);
    expect(await verifyAccessToken(publicKey, token, new Date(last.getTime() + 1))).toBeNull();
  });

  it('remembers a token only for the key that verified it, and never a forged or tampered one', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const { token } = await issueAccessToken(privateKey, claims, now);
    expect(await verifyAccessToken(publicKey, token, now)).toEqual(claims);
    expect(await verifyAccessToken(pair().publicKey, token, now)).toBeNull();
    // A character well inside the signature: the last one also carries unused padding bits, so changing it may not
    // change the decoded signature at all.
    const at = token.length - 20;
    const tampered = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    expect(await verifyAccessToken(publicKey, tampered, now)).toBeNull();
    expect(await verifyAccessToken(publicKey, tampered, now)).toBeNull();
  });
});
