/**
 * What the card and settings specs read and do on an article page, beyond ArticlePage:
 * hovering any kind of mention, reading the whole card, pressing its toggle, writing the
 * extension's settings, checking the accessible mode's elements, and running axe-core on the
 * card. Everything runs in the page's main world, as a user's tools would see the page.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CARD_HOST, normalizeText, type ArticlePage, type HighlightSnapshot } from './article-page';
import { poll, sleep } from './poll';
import { SCREENSHOTS_DIR } from './settings';
import type { BrowserName, BrowserPage, ExtensionBrowser } from './types';

export const MENTION_TAG = 'ai-la-ai-mention';

export interface CardContent {
  /** `data-testid` → text of every part of the card that has one. */
  parts: Record<string, string>;
  kind: string;
  text: string;
  visible: boolean;
  rect: { x: number; y: number; width: number; height: number };
}

/** The open card's parts, or null when no card is shown. */
export function readCardContent(page: BrowserPage): Promise<CardContent | null> {
  return page.evaluate((hostName) => {
    for (const host of Array.from(document.querySelectorAll(hostName))) {
      const card = host.shadowRoot?.querySelector<HTMLElement>('[data-testid="mention-card"]');
      if (!card) continue;
      const parts: Record<string, string> = {};
      for (const el of Array.from(card.querySelectorAll<HTMLElement>('[data-testid]'))) {
        const id = el.dataset.testid ?? '';
        parts[id] =
          parts[id] === undefined ? (el.textContent ?? '') : `${parts[id]}|${el.textContent ?? ''}`;
      }
      const box = card.getBoundingClientRect();
      const style = getComputedStyle(card);
      return {
        parts,
        kind: card.dataset.kind ?? '',
        text: card.textContent ?? '',
        visible:
          box.width > 0 &&
          box.height > 0 &&
          style.display !== 'none' &&
          style.visibility !== 'hidden',
        rect: { x: box.x, y: box.y, width: box.width, height: box.height },
      };
    }
    return null;
  }, CARD_HOST);
}

/** Waits for a visible card where `ready` holds; returns the last card seen (or null). */
export function waitForCardContent(
  page: BrowserPage,
  ready: (card: CardContent) => boolean,
  // Generous: the first card of a fresh profile waits for the background to load the dataset
  // into IndexedDB, on a machine shared with other builds.
  timeoutMs = 15_000,
): Promise<CardContent | null> {
  return poll(
    () => readCardContent(page),
    (card) => card !== null && card.visible && ready(card),
    { timeoutMs, intervalMs: 100 },
  );
}

/** Waits until no card is visible; returns whether one still is. */
export async function waitForNoCard(page: BrowserPage, timeoutMs = 3_000): Promise<boolean> {
  const card = await poll(
    () => readCardContent(page),
    (c) => c === null || !c.visible,
    { timeoutMs, intervalMs: 100 },
  );
  return card !== null && card.visible;
}

/**
 * Moves the mouse onto the first range of highlight `name` whose text is `text` (approaching
 * from the left, one move per frame, like ArticlePage.hoverPerson). Returns the point.
 */
export async function hoverHighlight(
  article: ArticlePage,
  snapshot: HighlightSnapshot,
  name: string,
  text: string,
): Promise<{ x: number; y: number } | null> {
  const rect = snapshot.highlights
    .filter((h) => h.name === name)
    .flatMap((h) => h.ranges)
    .filter((r) => normalizeText(r.text) === text)
    .flatMap((r) => r.rects.filter((box) => box.width > 0 && box.height > 0))[0];
  if (!rect) return null;
  const scroll = await article.page.evaluate(
    (top) => {
      window.scrollTo(0, top);
      return { x: window.scrollX, y: window.scrollY };
    },
    Math.max(0, rect.y - 300),
  );
  const point = { x: rect.x - scroll.x + rect.width / 2, y: rect.y - scroll.y + rect.height / 2 };
  for (const dx of [-60, -40, -20, 0]) {
    await article.page.mouseMove(Math.max(1, point.x + dx), point.y);
    await sleep(40);
  }
  return point;
}

/** Clicks a control inside the card by its data-testid, with the real mouse. */
export async function clickInCard(page: BrowserPage, testId: string): Promise<boolean> {
  const box = await page.evaluate(
    ({ hostName, id }) => {
      for (const host of Array.from(document.querySelectorAll(hostName))) {
        const el = host.shadowRoot?.querySelector(`[data-testid="${id}"]`);
        if (!el) continue;
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    },
    { hostName: CARD_HOST, id: testId },
  );
  if (!box) return false;
  await page.mouseMove(box.x - 2, box.y);
  await sleep(40);
  await page.mouseClick(box.x, box.y);
  return true;
}

export type StoredSettings = {
  language?: 'auto' | 'vi' | 'en';
  cardEnglish?: boolean;
  kinds?: Record<string, boolean>;
  highlightMode?: 'highlight' | 'accessible';
  sites?: Record<string, boolean>;
};

const DEFAULTS: StoredSettings = {
  language: 'auto',
  cardEnglish: false,
  kinds: { person: true, 'person-unlinked': true, title: true, body: true },
  highlightMode: 'highlight',
  sites: {},
};

/**
 * Writes the extension's settings (storage.local "settings", utils/settings.ts) from one of
 * its own pages, as the options page does, and returns what is stored. `null` resets them.
 */
export async function writeSettings(
  browser: ExtensionBrowser,
  change: StoredSettings | null,
): Promise<StoredSettings> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      async ({ change, defaults }: { change: StoredSettings | null; defaults: StoredSettings }) => {
        const api =
          (globalThis as unknown as { browser?: unknown; chrome: unknown }).browser ??
          (globalThis as unknown as { chrome: unknown }).chrome;
        const local = (
          api as {
            storage: {
              local: {
                get(k: string): Promise<Record<string, unknown>>;
                set(v: object): Promise<void>;
              };
            };
          }
        ).storage.local;
        const current = ((await local.get('settings')).settings ?? defaults) as Record<
          string,
          unknown
        >;
        const next = change === null ? defaults : { ...defaults, ...current, ...change };
        await local.set({ settings: next });
        return ((await local.get('settings')).settings ?? {}) as StoredSettings;
      },
      { change, defaults: DEFAULTS },
    );
  } finally {
    await page.close();
  }
}

export interface AccessibleMarks {
  /** Elements `ai-la-ai-mention` on the page, with their text, kind and tabindex. */
  elements: { text: string; kind: string; tabIndex: number }[];
  /** Names of `ai-la-ai-` highlights in CSS.highlights. */
  highlights: string[];
}

export function readMarks(page: BrowserPage): Promise<AccessibleMarks> {
  return page.evaluate((tag) => {
    const highlights: string[] = [];
    CSS.highlights.forEach((_h, name) => {
      if (name.startsWith('ai-la-ai-')) highlights.push(name);
    });
    return {
      elements: Array.from(document.querySelectorAll<HTMLElement>(tag), (el) => ({
        text: el.textContent ?? '',
        kind: el.dataset.kind ?? '',
        tabIndex: el.tabIndex,
      })),
      highlights,
    };
  }, MENTION_TAG);
}

/** The focused element: its tag and text (the shadow host's when focus is in the card). */
export function readFocus(page: BrowserPage): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.localName ?? '', text: el?.textContent ?? '' };
  });
}

const requireFromHere = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core on the open card (inside its shadow root) and returns every violation. */
export async function axeOnCard(page: BrowserPage): Promise<AxeViolation[]> {
  const source = await readFile(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8');
  return page.evaluate(
    async ({ source, hostName }) => {
      const w = window as unknown as { axe?: unknown };
      if (!w.axe) (0, eval)(source);
      const axe = w.axe as {
        run(
          context: unknown,
          options: unknown,
        ): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
        }>;
      };
      const result = await axe.run(
        { include: [{ fromShadow: [hostName, '[data-testid="mention-card"]'] }] },
        { resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
      }));
    },
    { source, hostName: CARD_HOST },
  );
}

/** Saves `e2e/screenshots/<browser>-<name>.png` and returns its path. */
export async function saveNamedScreenshot(
  page: BrowserPage,
  browser: BrowserName,
  name: string,
): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = join(SCREENSHOTS_DIR, `${browser}-${name}.png`);
  await page.screenshot(file);
  return file;
}
