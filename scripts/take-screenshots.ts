/**
 * `npm run screenshots`: PNGs of the product in real Chromium, in light and dark, in Vietnamese
 * and English, into docs/screenshots/<theme>-<lang>-<view>.png:
 *   article   a seed article with its highlights
 *   card      the hover card of a person, open
 *   popup     the popup: the people on the page
 *   search    the popup: a search across the dataset ("pham binh minh")
 *   profile   the popup: a person's profile with the timeline
 *   options   the options page
 * Needs the e2e Chrome build (the content script runs on 127.0.0.1 only there); `npm run
 * screenshots` builds it first. Each view is checked before it is taken: a missing card or an
 * empty list fails the run with a message rather than saving a blank picture.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertBuilt } from '../e2e/support/extension-build';
import { startFixtureServer } from '../e2e/support/server';
import { CHROMIUM_PATH, EXTENSION_DIRS, PROJECT_ROOT } from '../e2e/support/settings';

const OUT_DIR = resolve(PROJECT_ROOT, 'docs/screenshots');
const ARTICLE = 'seed-kinhtetrunguong.html';
const THEMES = ['light', 'dark'] as const;
const LANGS = ['vi', 'en'] as const;
type Theme = (typeof THEMES)[number];
type Lang = (typeof LANGS)[number];

/** A dark news site, as many are at night: the page's own colours, not the extension's. */
const DARK_PAGE_CSS = 'html, body { background: #16181d !important; color: #e4e6eb !important; }';

async function launch(theme: Theme, lang: Lang) {
  const extensionDir = EXTENSION_DIRS.chromium;
  await assertBuilt(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'ai-la-ai-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    colorScheme: theme,
    locale: lang === 'vi' ? 'vi-VN' : 'en-US',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  // The interface language is a setting (it follows the browser by default): set it outright.
  await worker.evaluate(async (language) => {
    interface LocalArea {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    const area = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome
      .storage.local;
    const stored = (await area.get('settings')) as { settings?: object };
    await area.set({ settings: { ...stored.settings, language } });
  }, lang);
  return {
    context,
    origin,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function waitFor(page: Page, what: string, check: () => boolean | Promise<boolean>) {
  try {
    await page.waitForFunction(check, undefined, { timeout: 15_000, polling: 100 });
  } catch (error) {
    throw new Error(`screenshots: ${what} did not appear`, { cause: error });
  }
}

async function shoot(page: Page, name: string): Promise<string> {
  const file = join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, caret: 'initial' });
  return file;
}

async function takeArticleAndCard(
  context: BrowserContext,
  url: string,
  theme: Theme,
  prefix: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (theme === 'dark') await page.addStyleTag({ content: DARK_PAGE_CSS });
  await waitFor(page, 'the highlights', () => (CSS.highlights?.size ?? 0) > 0);
  await shoot(page, `${prefix}-article`);

  // Hover the first linked person's first mention, as a reader would.
  const point = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('ai-la-ai-person') ?? [])] as Range[];
    const rect = ranges[0]?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
  if (!point) throw new Error('screenshots: no linked person is highlighted on the article');
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await waitFor(page, 'the hover card', () =>
    Boolean(
      document
        .querySelector('ai-la-ai-card')
        ?.shadowRoot?.querySelector('[data-testid="card-name"]'),
    ),
  );
  await page.waitForTimeout(400); // its opening transition
  await shoot(page, `${prefix}-card`);
  await page.mouse.move(5, 5);
  return page;
}

async function takePopup(context: BrowserContext, origin: string, article: Page, prefix: string) {
  await article.bringToFront();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${origin}/popup.html`, { waitUntil: 'load' });
  await waitFor(
    popup,
    'the people in the popup',
    () => document.querySelectorAll('[data-testid="page-people"] li').length > 0,
  );
  await shoot(popup, `${prefix}-popup`);

  await popup.fill('[data-testid="search-input"]', 'pham binh minh');
  await waitFor(
    popup,
    'search results',
    () => document.querySelectorAll('[data-testid="search-result"]').length > 0,
  );
  await shoot(popup, `${prefix}-search`);

  await popup.click('[data-testid="search-result"]');
  await waitFor(popup, 'the profile', () =>
    Boolean(document.querySelector('[data-testid="profile"]')),
  );
  await shoot(popup, `${prefix}-profile`);
  await popup.close();
}

async function takeOptions(context: BrowserContext, origin: string, prefix: string) {
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 1100 });
  await options.goto(`${origin}/options.html`, { waitUntil: 'load' });
  await waitFor(options, 'the dataset panel', () =>
    Boolean(document.querySelector('[data-testid="dataset-version"]')),
  );
  await options.waitForTimeout(300);
  await shoot(options, `${prefix}-options`);
  await options.close();
}

async function main(): Promise<number> {
  await mkdir(OUT_DIR, { recursive: true });
  const server = await startFixtureServer();
  const taken: string[] = [];
  try {
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        const prefix = `${theme}-${lang}`;
        const browser = await launch(theme, lang);
        try {
          const article = await takeArticleAndCard(
            browser.context,
            server.url(ARTICLE),
            theme,
            prefix,
          );
          await takePopup(browser.context, browser.origin, article, prefix);
          await takeOptions(browser.context, browser.origin, prefix);
          taken.push(
            ...['article', 'card', 'popup', 'search', 'profile', 'options'].map(
              (v) => `${prefix}-${v}`,
            ),
          );
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log(`${taken.length} screenshots in ${OUT_DIR.replace(`${PROJECT_ROOT}/`, '')}/:`);
  for (const name of taken) console.log(`  ${name}.png`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause instanceof Error)
    console.error(`  ${error.cause.message}`);
  return 1;
});
