import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'e2e/fixtures');
export const SCREENSHOTS_DIR = resolve(PROJECT_ROOT, 'e2e/screenshots');

/**
 * Output directories of the e2e builds (`AI_LA_AI_E2E=1 wxt build ...`, see scripts/run-tests.ts).
 * `E2E_OUTPUT_DIR` points the specs at other builds of the same names (e.g. to try the harness).
 */
const OUTPUT_DIR = resolve(PROJECT_ROOT, process.env.E2E_OUTPUT_DIR ?? '.output');
export const EXTENSION_DIRS = {
  chromium: resolve(OUTPUT_DIR, 'chrome-mv3-e2e'),
  'firefox-mv2': resolve(OUTPUT_DIR, 'firefox-mv2-e2e'),
  'firefox-mv3': resolve(OUTPUT_DIR, 'firefox-mv3-e2e'),
} as const;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The same viewport in every browser, so screenshots compare. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
