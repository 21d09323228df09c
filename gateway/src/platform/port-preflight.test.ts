import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BAD_PORTS, checkPorts, launcherPorts, type PortProbe, type PortSetting } from './port-preflight.ts';

const setting = (name: string, value: string | undefined, extra: Partial<PortSetting> = {}): PortSetting => ({
  name,
  value,
  fallback: 4000,
  host: '127.0.0.1',
  ...extra,
});
const allFree: PortProbe = async () => 'free';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});
function hold(host: string): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    servers.push(server);
    server.listen(0, host, () => resolve((server.address() as { port: number }).port));
  });
}

describe('checkPorts', () => {
  it('accepts free, distinct, safe ports and the defaults', async () => {
    expect(await checkPorts([setting('GATEWAY_PORT', undefined), setting('SHIM_PORT', '4010')], allFree)).toEqual([]);
  });

  it('names a port browsers refuse, with the setting to change', async () => {
    expect(await checkPorts([setting('GATEWAY_PORT', '6000')], allFree)).toEqual([
      'GATEWAY_PORT=6000 is a port browsers refuse to open (unsafe port); choose another.',
    ]);
    for (const port of [6665, 6669, 10080, 4190, 6679]) expect(BAD_PORTS.has(port)).toBe(true);
    for (const port of [4000, 6664, 6670, 8000, 10081]) expect(BAD_PORTS.has(port)).toBe(false);
  });

  it('refuses what is not a port number from 1 to 65535', async () => {
    const problems = await checkPorts(
      [setting('A_PORT', '70000'), setting('B_PORT', 'http'), setting('C_PORT', '-1'), setting('D_PORT', '0'), setting('E_PORT', '4.5')],
      allFree,
    );
    expect(problems).toEqual(
      ['A_PORT=70000', 'B_PORT=http', 'C_PORT=-1', 'D_PORT=0', 'E_PORT=4.5'].map(
        (shown) => `${shown} is not a usable port: choose a whole number from 1 to 65535.`,
      ),
    );
  });

  it('lets 0 pick a free port only where the process can do that', async () => {
    expect(await checkPorts([setting('DYNAMODB_PORT', '0', { zeroPicksFree: true })], allFree)).toEqual([]);
  });

  it('names two settings on one port', async () => {
    expect(await checkPorts([setting('GATEWAY_PORT', '4001'), setting('IDENTITY_PORT', '4001')], allFree)).toEqual([
      'IDENTITY_PORT=4001 is the same port as GATEWAY_PORT; give each its own port.',
    ]);
  });

  it('finds a port another program listens on, where the process would listen', async () => {
    const busy = await hold('127.0.0.1');
    expect(await checkPorts([setting('SHIM_PORT', String(busy))])).toEqual([
      `SHIM_PORT=${busy} is already in use by another program; stop it or choose another port.`,
    ]);
    // DynamoDB Local listens on every interface, so a program on one of them is in its way too.
    expect(await checkPorts([setting('DYNAMODB_PORT', String(busy), { host: undefined })])).toHaveLength(1);
  });

  it('lets go of a free port after looking', async () => {
    const port = await hold('127.0.0.1');
    await new Promise((r) => servers.pop()!.close(r));
    expect(await checkPorts([setting('GATEWAY_PORT', String(port))])).toEqual([]);
    const again = createServer();
    servers.push(again);
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(port, '127.0.0.1', resolve);
    });
  });

  it('explains a privileged port', async () => {
    const probe: PortProbe = async (port) => (port < 1024 ? 'forbidden' : 'free');
    expect(await checkPorts([setting('GATEWAY_PORT', '80')], probe)).toEqual([
      'GATEWAY_PORT=80 needs administrator rights to open (ports below 1024 usually do); choose another.',
    ]);
  });

  it('lists every problem at once', async () => {
    const probe: PortProbe = async (port) => (port === 4010 ? 'in-use' : 'free');
    const problems = await checkPorts(
      [setting('GATEWAY_PORT', '6000'), setting('IDENTITY_PORT', '99999'), setting('SHIM_PORT', '4010')],
      probe,
    );
    expect(problems.map((p) => p.split('=')[0])).toEqual(['GATEWAY_PORT', 'IDENTITY_PORT', 'SHIM_PORT']);
  });
});

describe('launcherPorts', () => {
  it('covers the gateway, every subgraph, the shim and DynamoDB Local, with their defaults', () => {
    const names = launcherPorts({}).map((s) => `${s.name}:${s.fallback}`);
    expect(names).toEqual(expect.arrayContaining(['GATEWAY_PORT:4000', 'IDENTITY_PORT:4001', 'SHIM_PORT:4010', 'DYNAMODB_PORT:8000']));
  });
  it('skips DynamoDB Local when DYNAMODB_ENDPOINT points elsewhere, and reads HOST', () => {
    const settings = launcherPorts({ DYNAMODB_ENDPOINT: 'http://db:8000', HOST: '0.0.0.0' });
    expect(settings.map((s) => s.name)).not.toContain('DYNAMODB_PORT');
    expect(settings.every((s) => s.host === '0.0.0.0')).toBe(true);
  });
});
