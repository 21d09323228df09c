/**
 * A pure function of a string, remembered for the last `maxEntries` distinct inputs (oldest first out), for hot
 * paths that see the same input on every call (a solution's secret, a caller's API key). Pure means never stale:
 * use `createReadCache` for anything that reads state.
 */
export function memoize<R>(compute: (input: string) => R, maxEntries: number): (input: string) => R {
  const results = new Map<string, R>();
  return (input) => {
    let result = results.get(input);
    if (result === undefined) {
      result = compute(input);
      if (results.size >= maxEntries) results.delete(results.keys().next().value!);
      results.set(input, result);
    }
    return result;
  };
}
