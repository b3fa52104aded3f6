/**
 * When the site last had to fail a read because the CMS was down or too slow and no earlier answer
 * could stand in. Kept on the process's global object: the server's response hook and every
 * route's bundle see the same value.
 */
const shared = globalThis as typeof globalThis & { paseoCmsFailedReadAt?: number };

export function noteFailedRead(now = Date.now()): void {
  shared.paseoCmsFailedReadAt = now;
}

export function failedReadWithin(ms: number, now = Date.now()): boolean {
  const at = shared.paseoCmsFailedReadAt;
  return at !== undefined && now - at <= ms;
}
