const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Turns one pino JSON line into `hh:mm:ss level [process] message {fields}`; other lines pass through. */
export function formatLogLine(process: string, line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `[${process}] ${line}`;
  }
  const { time, level, msg, pid: _pid, hostname: _host, name: _name, ...fields } = record;
  const clock = typeof time === 'number' ? new Date(time).toISOString().slice(11, 19) : '';
  const rest = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
  return `${clock} ${(LEVELS[level as number] ?? String(level)).padEnd(5)} [${process}] ${String(msg ?? '')}${rest}`;
}
