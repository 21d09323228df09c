import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './gateway-server.ts';

async function headersOf(production: boolean): Promise<Headers> {
  const app = express();
  app.use(securityHeaders(production));
  app.get('/', (_req, res) => res.type('html').send('<!doctype html><title>x</title>'));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return res.headers;
  } finally {
    server.close();
  }
}

function directives(csp: string | null): Map<string, string> {
  return new Map((csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));
}

describe('security headers on the web app, the Explorer and the API', () => {
  it('allow scripts only from the origin, forbid framing and sniffing, and send no referrer', async () => {
    const headers = await headersOf(false);
    const csp = directives(headers.get('content-security-policy'));
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('add HSTS and upgrade insecure requests only in production, where plain-http connections are refused', async () => {
    const development = await headersOf(false);
    expect(development.get('strict-transport-security')).toBeNull();
    expect(directives(development.get('content-security-policy')).get('connect-src')).toBe("'self' https: http:");
    const production = await headersOf(true);
    expect(production.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const csp = directives(production.get('content-security-policy'));
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    expect(csp.get('connect-src')).toBe("'self' https:");
  });
});
