import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { assertBuilt } from './extension-build';
import { CHROMIUM_PATH, EXTENSION_DIRS, VIEWPORT } from './settings';
import type { BrowserPage, ExtensionBrowser, Serializable } from './types';

function wrapPage(page: Page): BrowserPage {
  return {
    evaluate: <R, A extends Serializable = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => unknown, arg as unknown) as Promise<R>,
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    screenshot: async (file) => {
      // caret: 'initial': the default 'hide' leaves `style=""` on the page's editable elements.
      await page.screenshot({ path: file, caret: 'initial' });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Debian's chromium with the unpacked MV3 build, through playwright-core (TOOLCHAIN.md): a
 * persistent context in a fresh profile, new headless mode, no network chatter.
 */
export async function launchChromium(
  extensionDir: string = EXTENSION_DIRS.chromium,
): Promise<ExtensionBrowser> {
  await assertBuilt(extensionDir);
  const started = Date.now();
  const profileDir = await mkdtemp(join(tmpdir(), 'ai-la-ai-chromium-'));
  const context = await chromium
    .launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: false,
      viewport: VIEWPORT,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    })
    .catch(async (error: unknown) => {
      await rm(profileDir, { recursive: true, force: true });
      throw error;
    });
  const close = async () => {
    await context.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true });
  };
  try {
    const isOurs = (url: string) => url.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isOurs(w.url())) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => isOurs(w.url()),
        timeout: 15_000,
      }));
    // URL.origin is "null" for chrome-extension: URLs in Node; the host is the extension id.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const launchMs = Date.now() - started;

    const openExtensionPage = async (path: string) => {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return wrapPage(page);
    };
    return {
      name: 'chromium',
      extensionDir,
      extensionOrigin,
      launchMs,
      openPage: async (url) => {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return wrapPage(page);
      },
      openExtensionPage,
      openPopup: async (forPage) => {
        await forPage?.bringToFront();
        return openExtensionPage('popup.html');
      },
      close,
    };
  } catch (error) {
    await close();
    throw new Error(
      `Chromium started but the extension's service worker did not (${extensionDir})`,
      {
        cause: error,
      },
    );
  }
}
