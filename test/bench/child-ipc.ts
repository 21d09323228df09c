import type { ChildProcess } from 'node:child_process';

/**
 * Asks a forked bench process for `type` and resolves with its first answer of that type. `ready` is only awaited:
 * the child sends it by itself once it listens.
 */
export function ask<T>(proc: ChildProcess, type: string, extra: Record<string, unknown> = {}): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string } & T) => {
      if (message.type !== type) return;
      proc.off('message', onMessage);
      resolve(message);
    };
    proc.on('message', onMessage);
    if (type !== 'ready') proc.send({ type, ...extra });
  });
}
