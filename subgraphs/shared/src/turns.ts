/**
 * Resolves in a later turn of the event loop, after the I/O that is waiting (requests) has run. Background work
 * that starts several store calls awaits it between them, so requests never wait behind more than one call's
 * synchronous work (an AWS SDK command's marshalling, signing and socket write).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
