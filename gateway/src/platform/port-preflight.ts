import { createServer } from 'node:net';
import { ConfigError } from '@marketplace/shared';
import { SERVICES, SUBGRAPHS } from '../subgraphs.ts';

/**
 * Ports that browsers refuse to connect to (and so does Node's own `fetch`, which the launcher's health checks use):
 * the WHATWG Fetch standard's "bad port" list, https://fetch.spec.whatwg.org/#port-blocking.
 */
export const BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** One port the launcher will open, as a setting a user can change. */
export interface PortSetting {
  /** The variable that sets it, e.g. `GATEWAY_PORT`. */
  name: string;
  /** Its raw value; unset or `''` means `fallback`. */
  value: string | undefined;
  fallback: number;
  /** The interface the process listens on; undefined for every interface (DynamoDB Local has no bind option). */
  host: string | undefined;
  /** 0 lets the process pick a free port itself; only for a process whose port nothing else needs in advance. */
  zeroPicksFree?: boolean;
}

/** What happened when we tried to listen on a port: `forbidden` is EACCES (a privileged port without root). */
export type PortProbe = (port: number, host: string | undefined) => Promise<'free' | 'in-use' | 'forbidden'>;

/** Tries to listen where the process will, and lets go at once. */
export const probeListen: PortProbe = (port, host) =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve('in-use');
      else if (error.code === 'EACCES') resolve('forbidden');
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });

/**
 * Every problem with `settings` at once, each naming the setting to change: not a port number, a port browsers refuse,
 * two settings on one port, a port another program holds, a privileged port. Empty when all can be opened now.
 */
export async function checkPorts(settings: readonly PortSetting[], probe: PortProbe = probeListen): Promise<string[]> {
  const problems: string[] = [];
  const owners = new Map<number, string>();
  const toProbe: Array<{ setting: PortSetting; port: number }> = [];
  for (const setting of settings) {
    const raw = setting.value?.trim() || String(setting.fallback);
    const shown = `${setting.name}=${raw}`;
    const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (port === 0 && setting.zeroPicksFree) continue;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      problems.push(`${shown} is not a usable port: choose a whole number from 1 to 65535.`);
      continue;
    }
    if (BAD_PORTS.has(port)) {
      problems.push(`${shown} is a port browsers refuse to open (unsafe port); choose another.`);
      continue;
    }
    const owner = owners.get(port);
    if (owner) {
      problems.push(`${shown} is the same port as ${owner}; give each its own port.`);
      continue;
    }
    owners.set(port, setting.name);
    toProbe.push({ setting, port });
  }
  const outcomes = await Promise.all(toProbe.map(({ setting, port }) => probe(port, setting.host)));
  toProbe.forEach(({ setting, port }, i) => {
    const shown = `${setting.name}=${port}`;
    if (outcomes[i] === 'in-use') problems.push(`${shown} is already in use by another program; stop it or choose another port.`);
    if (outcomes[i] === 'forbidden') problems.push(`${shown} needs administrator rights to open (ports below 1024 usually do); choose another.`);
  });
  return problems;
}

/** The ports `npm start` opens, from the same variables and defaults each process reads. */
export function launcherPorts(env: NodeJS.ProcessEnv): PortSetting[] {
  const host = env['HOST'] || '127.0.0.1';
  const settings: PortSetting[] = [
    { name: 'GATEWAY_PORT', value: env['GATEWAY_PORT'], fallback: 4000, host },
    ...[...SUBGRAPHS, ...SERVICES].map((entry) => ({ name: entry.portEnv, value: env[entry.portEnv], fallback: entry.defaultPort, host })),
  ];
  // With DYNAMODB_ENDPOINT the launcher starts no DynamoDB Local; without it, 0 picks a free port.
  if (!env['DYNAMODB_ENDPOINT']) {
    settings.push({ name: 'DYNAMODB_PORT', value: env['DYNAMODB_PORT'], fallback: 8000, host: undefined, zeroPicksFree: true });
  }
  return settings;
}

/** `npm start`'s pre-flight: throws a ConfigError listing every port problem, before anything starts. */
export async function assertLauncherPortsUsable(env: NodeJS.ProcessEnv = process.env, probe?: PortProbe): Promise<void> {
  const problems = await checkPorts(launcherPorts(env), probe);
  if (problems.length) throw new ConfigError(problems);
}
