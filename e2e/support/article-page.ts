import { poll, sleep } from './poll';
import type { BrowserPage } from './types';

/**
 * The contract between the extension and these specs, in one place:
 * - every highlight the extension registers in `CSS.highlights` is named `ai-la-ai-…`;
 * - people are in highlights named `ai-la-ai-person` (or `ai-la-ai-person-…`), titles and
 *   bodies in the other `ai-la-ai-…` ones;
 * - the hover card is an `<ai-la-ai-card>` element with an open shadow root holding
 *   `[data-testid="mention-card"]`, `[data-testid="card-name"]`, `[data-testid="card-title"]`;
 * - the extension adds no other elements to the page, except ones named `ai-la-ai-…`.
 */
export const HIGHLIGHT_PREFIX = 'ai-la-ai-';
export const isPersonHighlight = (name: string) => /^ai-la-ai-person(?:$|-)/.test(name);
export const CARD_HOST = 'ai-la-ai-card';

/** Folds whitespace (incl. no-break spaces and newlines from markup) and normalises to NFC. */
export const normalizeText = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HighlightedRange {
  /** `range.toString()`, as the page sees it. */
  text: string;
  /** `getClientRects()` in document coordinates (scroll offsets added). */
  rects: Rect[];
  /** `data-part-of` values of fixture elements this range covers part of. */
  partOf: string[];
  /** Fixture elements marked `data-expect-no-highlight` that this range touches, as `tag#index`. */
  inExcluded: string[];
}

export interface PageHighlight {
  name: string;
  ranges: HighlightedRange[];
}

export interface HighlightSnapshot {
  /** True when read in the page's own JS world (the fixture's script sets a global). */
  mainWorld: boolean;
  highlights: PageHighlight[];
}

/** What a fixture says should happen, from its `data-` attributes (see e2e/fixtures/). */
export interface FixtureExpectations {
  people: string[];
  terms: string[];
  hoverPerson: string;
  /** Values of `[data-part-of]`: names/titles split over inline tags that must be found whole. */
  parts: string[];
  /** `[data-expect-no-highlight]` elements, as `tag#index`. */
  excluded: string[];
}

export interface TextSnapshot {
  originalText: string;
  liveText: string;
  originalMarkup: string;
  liveMarkup: string;
  originalValues: string[];
  liveValues: string[];
}

export interface CardState {
  hosts: number;
  card: { name: string; title: string; date: string; visible: boolean; rect: Rect } | null;
}

/** Distance in px from a point to a rectangle (0 when the point is inside). */
export function distanceToRect(point: { x: number; y: number }, rect: Rect): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width));
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height));
  return Math.hypot(dx, dy);
}

const EXCLUDED = '[data-expect-no-highlight]';
const HOVER_STEP_MS = 40;

export class ArticlePage {
  constructor(readonly page: BrowserPage) {}

  async expectations(): Promise<FixtureExpectations> {
    return this.page.evaluate((excludedSelector) => {
      const list = (value: string | undefined) => (value ? value.split(';').filter(Boolean) : []);
      return {
        people: list(document.body.dataset.expectedPeople),
        terms: list(document.body.dataset.expectedTerms),
        hoverPerson: document.body.dataset.hoverPerson ?? '',
        parts: Array.from(
          document.querySelectorAll<HTMLElement>('[data-part-of]'),
          (el) => el.dataset.partOf ?? '',
        ),
        excluded: Array.from(
          document.querySelectorAll(excludedSelector),
          (el, i) => `${el.localName}#${i}`,
        ),
      };
    }, EXCLUDED);
  }

  /**
   * Reads `CSS.highlights` from the page's main world: every `ai-la-ai-…` highlight, each
   * range's text and rects, and which fixture-marked elements it touches. Reads only.
   */
  async readHighlights(): Promise<HighlightSnapshot> {
    return this.page.evaluate(
      ({ prefix, excludedSelector }) => {
        const excluded = Array.from(document.querySelectorAll(excludedSelector));
        const parts = Array.from(document.querySelectorAll<HTMLElement>('[data-part-of]'));
        const highlights: PageHighlight[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith(prefix)) return;
          const ranges: HighlightedRange[] = [];
          highlight.forEach((abstract) => {
            let range: Range;
            if (abstract instanceof Range) {
              range = abstract;
            } else {
              // A StaticRange: make a live Range over the same boundary points to measure it.
              range = document.createRange();
              range.setStart(abstract.startContainer, abstract.startOffset);
              range.setEnd(abstract.endContainer, abstract.endOffset);
            }
            ranges.push({
              text: range.toString(),
              rects: Array.from(range.getClientRects(), (r) => ({
                x: r.x + window.scrollX,
                y: r.y + window.scrollY,
                width: r.width,
                height: r.height,
              })),
              partOf: parts
                .filter((el) => range.intersectsNode(el))
                .map((el) => el.dataset.partOf ?? ''),
              inExcluded: excluded
                .map((el, i) => (range.intersectsNode(el) ? `${el.localName}#${i}` : ''))
                .filter(Boolean),
            });
          });
          highlights.push({ name, ranges });
        });
        const marker = (window as unknown as { aiLaAiFixture?: { mainWorld?: boolean } })
          .aiLaAiFixture;
        return { mainWorld: marker?.mainWorld === true, highlights };
      },
      { prefix: HIGHLIGHT_PREFIX, excludedSelector: EXCLUDED },
    );
  }

  /**
   * Polls until every expected person is highlighted (or `timeoutMs`), then lets the
   * extension settle briefly and reads once more, so late extra highlights are seen too.
   */
  async waitForHighlights(
    people: readonly string[],
    timeoutMs = 10_000,
  ): Promise<HighlightSnapshot> {
    const found = await poll(
      () => this.readHighlights(),
      (snapshot) => {
        const texts = new Set(personTexts(snapshot));
        return texts.size > 0 && people.every((person) => texts.has(person));
      },
      { timeoutMs },
    );
    if (personTexts(found).length === 0) return found;
    await sleep(500);
    return this.readHighlights();
  }

  /**
   * Moves the mouse to the centre of the first line box of the first person highlight whose
   * text is `person`, scrolling it to the middle of the viewport first. Returns the point, or
   * null when no such highlight exists.
   */
  async hoverPerson(
    person: string,
    snapshot: HighlightSnapshot,
  ): Promise<{ x: number; y: number } | null> {
    const rect = snapshot.highlights
      .filter((h) => isPersonHighlight(h.name))
      .flatMap((h) => h.ranges)
      .filter((r) => normalizeText(r.text) === person)
      .flatMap((r) => r.rects.filter((box) => box.width > 0 && box.height > 0))
      .sort((a, b) => a.y - b.y || a.x - b.x)[0];
    if (!rect) return null;
    const scroll = await this.page.evaluate(
      (top) => {
        window.scrollTo(0, top);
        return { x: window.scrollX, y: window.scrollY };
      },
      Math.max(0, rect.y - 300),
    );
    const point = { x: rect.x - scroll.x + rect.width / 2, y: rect.y - scroll.y + rect.height / 2 };
    // Approach from the left like a hand would: one pointermove per ~frame, the last one on
    // the name. (Several moves sent at once can land in one animation frame, and a handler
    // that keeps the first event of a frame would then see only the starting point.)
    for (const dx of [-60, -40, -20, 0]) {
      await this.page.mouseMove(Math.max(1, point.x + dx), point.y);
      await sleep(HOVER_STEP_MS);
    }
    return point;
  }

  async readCard(): Promise<CardState> {
    return this.page.evaluate((hostName) => {
      const hosts = Array.from(document.querySelectorAll(hostName));
      for (const host of hosts) {
        const card = host.shadowRoot?.querySelector('[data-testid="mention-card"]');
        if (!card) continue;
        const box = card.getBoundingClientRect();
        const style = getComputedStyle(card);
        return {
          hosts: hosts.length,
          card: {
            name: card.querySelector('[data-testid="card-name"]')?.textContent ?? '',
            title: card.querySelector('[data-testid="card-title"]')?.textContent ?? '',
            date: card.querySelector('[data-testid="card-date"]')?.textContent ?? '',
            visible:
              box.width > 0 &&
              box.height > 0 &&
              style.visibility !== 'hidden' &&
              style.display !== 'none',
            rect: { x: box.x, y: box.y, width: box.width, height: box.height },
          },
        };
      }
      return { hosts: hosts.length, card: null };
    }, CARD_HOST);
  }

  /** Waits up to `timeoutMs` for a visible card naming `person`; returns the last state seen. */
  async waitForCard(person: string, timeoutMs = 2_000): Promise<CardState> {
    return poll(
      () => this.readCard(),
      (state) => state.card?.visible === true && normalizeText(state.card.name) === person,
      { timeoutMs, intervalMs: 100 },
    );
  }

  /**
   * The fixture as served (fetched again and parsed with DOMParser, so no script or extension
   * touched it) next to the live page, with the extension's own `ai-la-ai-…` elements removed
   * from a copy of the live body.
   */
  async textSnapshot(): Promise<TextSnapshot> {
    return this.page.evaluate(async (prefix) => {
      const response = await fetch(location.href, { cache: 'no-store' });
      const original = new DOMParser().parseFromString(await response.text(), 'text/html');
      const live = document.body.cloneNode(true) as HTMLElement;
      for (const el of Array.from(live.querySelectorAll('*'))) {
        if (el.localName.startsWith(prefix)) el.remove();
      }
      const fields = 'input, textarea';
      return {
        originalText: original.body.textContent ?? '',
        liveText: live.textContent ?? '',
        originalMarkup: original.body.innerHTML,
        liveMarkup: live.innerHTML,
        originalValues: Array.from(
          original.querySelectorAll<HTMLInputElement>(fields),
          (el) => el.value,
        ),
        liveValues: Array.from(
          document.querySelectorAll<HTMLInputElement>(fields),
          (el) => el.value,
        ),
      };
    }, HIGHLIGHT_PREFIX);
  }
}

/** Normalised texts of all person highlight ranges, in page order of registration. */
export function personTexts(snapshot: HighlightSnapshot): string[] {
  return snapshot.highlights
    .filter((h) => isPersonHighlight(h.name))
    .flatMap((h) => h.ranges.map((r) => normalizeText(r.text)));
}

/** Normalised texts of all other (title, body, …) `ai-la-ai-` highlight ranges. */
export function termTexts(snapshot: HighlightSnapshot): string[] {
  return snapshot.highlights
    .filter((h) => !isPersonHighlight(h.name))
    .flatMap((h) => h.ranges.map((r) => normalizeText(r.text)));
}
