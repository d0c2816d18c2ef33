// "The first screen is on view": the customer list (or the Today view) marks it once its first
// rows are painted; work that would compete with them (the first plan recompute) waits for it.
let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Called by a screen once its first rows are painted; later calls do nothing. */
export function markFirstScreenShown(): void {
  markShown();
}

function idle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Resolves at the next idle moment after the first screen was shown, or after `fallbackMs` if
 * no screen says so (a screen with no rows to show, an error page).
 */
export async function afterFirstScreen(fallbackMs = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([shown, new Promise((resolve) => (timer = setTimeout(resolve, fallbackMs)))]);
  clearTimeout(timer);
  await idle(1000);
}
