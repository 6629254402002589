/** Filter-change timing; extended when project filters exist. */
import type { Browser } from 'playwright-core';

export async function benchFilters(_browser: Browser, _url: string): Promise<void> {
  // No project filters yet: nothing to time.
}
