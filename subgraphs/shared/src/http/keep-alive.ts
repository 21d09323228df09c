import type { Server } from 'node:http';

/**
 * How long the platform's servers keep an idle keep-alive connection open: past a load balancer's 60 s idle
 * timeout (AWS's advice for targets behind an ALB) and past every client of ours (`CLIENT_IDLE_SOCKET_MS`).
 */
export const SERVER_KEEP_ALIVE_MS = 65_000;

/**
 * How long the platform's own node:http clients keep an idle connection before closing it themselves. Shorter
 * than the servers' keep-alive: a connection is always closed by the client first, never by a server at the moment
 * the client sends on it (the request then fails with "socket hang up", ECONNRESET, though the server was up).
 * Node's agent has no idle limit of its own unless given one (the server's Keep-Alive hint applies only then).
 */
export const CLIENT_IDLE_SOCKET_MS = 60_000;

/** Gives `server` the platform's keep-alive timeout (`SERVER_KEEP_ALIVE_MS`). */
export function keepConnectionsAlive<S extends Server>(server: S): S {
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  return server;
}
