import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, BrowserTarget } from './types';

const ALL: readonly BrowserTarget[] = [
  { name: 'chromium', launch: () => launchChromium() },
  { name: 'firefox-mv2', launch: () => launchFirefox(2) },
  { name: 'firefox-mv3', launch: () => launchFirefox(3) },
];

/**
 * The browsers every spec runs in. `E2E_BROWSERS=chromium,firefox-mv2` narrows the list
 * (handy while developing); unknown names are an error rather than a silently empty run.
 */
export function selectedBrowsers(filter = process.env.E2E_BROWSERS): readonly BrowserTarget[] {
  if (!filter) return ALL;
  const names = filter.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !ALL.some((target) => target.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `E2E_BROWSERS: unknown ${unknown.join(', ')}; known: ${ALL.map((t) => t.name).join(', ')}`,
    );
  }
  return ALL.filter((target) => names.includes(target.name as BrowserName));
}
