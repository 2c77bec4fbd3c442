import puppeteer, { type Page } from 'puppeteer-core';
import { assertBuilt } from './extension-build';
import { poll, sleep } from './poll';
import { EXTENSION_DIRS, FIREFOX_PATH, VIEWPORT } from './settings';
import type { BrowserPage, ExtensionBrowser, Serializable } from './types';

/** Fixed so that moz-extension:// URLs are known before the extension is installed. */
export const FIREFOX_EXTENSION_UUID = '5e1ec7ed-a1a0-4a1a-8a1a-000000000e2e';
const DEFAULT_GECKO_ID = 'ai-la-ai@ai-la-ai.example';

function wrapPage(page: Page): BrowserPage {
  return {
    evaluate: <R, A extends Serializable = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => unknown, arg as unknown) as Promise<R>,
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Debian's firefox-esr through puppeteer-core over WebDriver BiDi (TOOLCHAIN.md), with the
 * unpacked build installed as a temporary add-on. `mv: 3` loads the Firefox MV3 build.
 */
export async function launchFirefox(mv: 2 | 3 = 2): Promise<ExtensionBrowser> {
  const extensionDir = mv === 2 ? EXTENSION_DIRS['firefox-mv2'] : EXTENSION_DIRS['firefox-mv3'];
  const manifest = await assertBuilt(extensionDir);
  const geckoId = manifest.browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID;
  const started = Date.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // permissions.request() grants without its prompt, which no driver can answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox started but did not install ${extensionDir}`, { cause: error });
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const launchMs = Date.now() - started;

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    const url = `${extensionOrigin}/${path}`;
    // Firefox never reports moz-extension:// navigations as loaded over BiDi (TOOLCHAIN.md):
    // start one without waiting for it, then poll the document itself. Polls can land in the
    // realm being replaced and throw; that only means "not yet".
    void page.goto(url, { timeout: 30_000 }).catch(() => {});
    const loaded = await poll(
      () =>
        Promise.race([
          page.evaluate(
            (href: string) => location.href === href && document.readyState === 'complete',
            url,
          ),
          sleep(2_000).then(() => false),
        ]).catch(() => false),
      (ready) => ready,
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    if (!loaded) {
      await page.close().catch(() => {});
      throw new Error(`${url} did not load within 15 s`);
    }
    return wrapPage(page);
  };
  return {
    name: mv === 2 ? 'firefox-mv2' : 'firefox-mv3',
    extensionDir,
    extensionOrigin,
    launchMs,
    openPage: async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPage(page);
    },
    openExtensionPage,
    openPopup: async (forPage) => {
      await forPage?.bringToFront();
      return openExtensionPage('popup.html');
    },
    close: () => browser.close(),
  };
}
