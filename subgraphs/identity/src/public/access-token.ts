import { type Role, ROLES } from '@marketplace/shared';
import { type CryptoKey, importPKCS8, importSPKI, type JWTPayload, jwtVerify, SignJWT } from 'jose';

/** Who issues access tokens and who accepts them. */
export const ACCESS_TOKEN_ISSUER = 'marketplace-identity';
export const ACCESS_TOKEN_AUDIENCE = 'marketplace';
/** Short enough that a token outliving its session matters little; the gateway also checks the session. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokenClaims {
  userId: string;
  roles: Role[];
  /** The session (refresh-token family) the token was issued for. */
  sessionId: string;
}

// Importing a PEM costs more than signing; processes use one key pair, so keep the imported keys.
const privateKeys = new Map<string, Promise<CryptoKey>>();
const publicKeys = new Map<string, Promise<CryptoKey>>();

function cached(cache: Map<string, Promise<CryptoKey>>, pem: string, load: () => Promise<CryptoKey>): Promise<CryptoKey> {
  let key = cache.get(pem);
  if (!key) {
    key = load();
    key.catch(() => cache.delete(pem));
    if (cache.size > 8) cache.clear();
    cache.set(pem, key);
  }
  return key;
}

/** Signs an EdDSA (Ed25519) access token valid for 15 minutes from `now`. */
export async function issueAccessToken(
  privateKeyPem: string,
  claims: AccessTokenClaims,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const key = await cached(privateKeys, privateKeyPem, () => importPKCS8(privateKeyPem, 'EdDSA'));
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ roles: claims.roles, sid: claims.sessionId })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(key);
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

/**
 * Tokens whose signature checked out lately, by token: the gateway sees the same token on every request of a
 * session, and an Ed25519 verification costs more than the rest of its per-request work. Only the signature and
 * claims are remembered; the expiry is checked against `now` on every use, exactly as jose checks it.
 */
const verified = new Map<string, { publicKeyPem: string; claims: AccessTokenClaims; exp: number }>();
const VERIFIED_MAX = 10_000;

/** The claims of a valid access token at `now`; null for anything forged, malformed, foreign or expired. */
export async function verifyAccessToken(publicKeyPem: string, token: string, now: Date): Promise<AccessTokenClaims | null> {
  const seen = verified.get(token);
  if (seen && seen.publicKeyPem === publicKeyPem) return seen.exp > Math.floor(now.getTime() / 1000) ? seen.claims : null;
  const claims = await verifySignedToken(publicKeyPem, token, now);
  if (claims) {
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
    verified.set(token, { publicKeyPem, claims: claims.claims, exp: claims.exp });
  }
  return claims?.claims ?? null;
}

async function verifySignedToken(publicKeyPem: string, token: string, now: Date): Promise<{ claims: AccessTokenClaims; exp: number } | null> {
  let payload: JWTPayload;
  try {
    const key = await cached(publicKeys, publicKeyPem, () => importSPKI(publicKeyPem, 'EdDSA'));
    ({ payload } = await jwtVerify(token, key, {
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithms: ['EdDSA'],
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch {
    return null;
  }
  const { sub, sid, roles } = payload as JWTPayload & { sid?: unknown; roles?: unknown };
  if (typeof sub !== 'string' || typeof sid !== 'string') return null;
  if (!Array.isArray(roles) || !roles.every((r): r is Role => ROLES.includes(r as Role))) return null;
  return { claims: { userId: sub, roles, sessionId: sid }, exp: payload.exp! };
}
