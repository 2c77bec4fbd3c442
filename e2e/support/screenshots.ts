import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOTS_DIR } from './settings';
import type { BrowserName, BrowserPage } from './types';

/** Saves `e2e/screenshots/<browser>-<fixture>-<state>.png` and returns its path. */
export async function saveScreenshot(
  page: BrowserPage,
  browser: BrowserName,
  fixture: string,
  state: 'highlights' | 'card' | 'popup',
): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = join(SCREENSHOTS_DIR, `${browser}-${fixture}-${state}.png`);
  await page.screenshot(file);
  return file;
}
