import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Every process below `pid` (children, grandchildren …), from `ps`. */
export function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  const pairs = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of pairs) if (parent === p) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

/**
 * Every process whose environment has `name=value` (e.g. a launch's own DATA_DIR), this one aside: found even after
 * the process that started it has gone, so also the ones started after a list of descendants was taken.
 */
export function processesWithEnv(name: string, value: string): number[] {
  const wanted = `${name}=${value}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid && environOf(pid).includes(wanted));
}

function environOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  } catch {
    return []; // gone meanwhile, or not ours to read
  }
}

/**
 * A process as it was when it was listed: its pid and when it started (clock ticks since boot, from
 * `/proc/<pid>/stat`). On a busy machine a pid is soon given to another process (`pid_max` is 32768 here), so a
 * process is still the one listed only while its pid runs with the same start time.
 */
export interface ProcessRef {
  pid: number;
  startedAt: string;
}

/** The processes of `pids` as they are now (those already gone are left out). */
export function refsOf(pids: number[]): ProcessRef[] {
  return pids.flatMap((pid) => {
    const startedAt = startTimeOf(pid);
    return startedAt === undefined ? [] : [{ pid, startedAt }];
  });
}

/** Whether the process listed is still running: its pid is alive and started when it did then. */
export function isRunning(ref: ProcessRef): boolean {
  return startTimeOf(ref.pid) === ref.startedAt;
}

function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: fields count from after its ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** A process's command line, for messages about the ones left running. */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return `pid ${pid}`;
  }
}

/** Whether `pid` runs now: for a child just started or just stopped (for a list taken earlier, `isRunning`). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
