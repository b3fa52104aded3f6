/**
 * The paths this tab has shown, newest last, kept in sessionStorage. Next's client-side navigation
 * leaves `document.referrer` unchanged, so the site keeps its own record of where a visitor came from.
 */
const key = 'paseo:trail';
const longest = 20;

export function readTrail(): string[] {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

export function recordVisit(path: string): void {
  const trail = readTrail();
  if (trail.at(-1) === path) return;
  try {
    window.sessionStorage.setItem(key, JSON.stringify([...trail, path].slice(-longest)));
  } catch {
    // Storage may be off (private mode); the back link then falls back to the neighborhood.
  }
}

/** The page shown before `current`, whether or not `current` has been recorded yet. */
export function previousPath(current: string): string | undefined {
  const trail = readTrail();
  const earlier = trail.at(-1) === current ? trail.slice(0, -1) : trail;
  return earlier.at(-1);
}
