/**
 * Page objects for the popup and the options page beyond the people list (popup-page.ts):
 * search, profile, the site switch, jump to mention; and axe-core run in an extension page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeText } from './article-page';
import { poll } from './poll';
import type { BrowserPage } from './types';

export interface ListedPerson {
  name: string;
  count: string;
}

export interface PopupSnapshot {
  lang: string;
  heading: string;
  people: ListedPerson[];
  status: string;
  siteToggle: { checked: boolean; disabled: boolean; label: string } | null;
  results: string[];
  profile: { name: string; timeline: number } | null;
}

export class PopupUi {
  constructor(readonly page: BrowserPage) {}

  snapshot(): Promise<PopupSnapshot> {
    return this.page.evaluate(() => {
      const text = (el: Element | null | undefined) => el?.textContent ?? '';
      const toggle = document.querySelector<HTMLInputElement>('[data-testid="site-toggle"]');
      const profile = document.querySelector('[data-testid="profile"]');
      return {
        lang: document.documentElement.lang,
        heading: text(document.querySelector('#on-this-page')),
        people: Array.from(document.querySelectorAll('[data-testid="page-people"] li'), (li) => ({
          name: text(li.querySelector('[data-testid="person-name"]')),
          count: text(li.querySelector('[data-testid="mention-count"]')),
        })),
        status: text(document.querySelector('[data-testid="page-status"]')),
        siteToggle: toggle
          ? {
              checked: toggle.checked,
              disabled: toggle.disabled,
              label: text(toggle.closest('label')),
            }
          : null,
        results: Array.from(document.querySelectorAll('[data-testid="result-name"]'), text),
        profile: profile
          ? {
              name: text(profile.querySelector('[data-testid="profile-name"]')),
              timeline: profile.querySelectorAll('[data-testid="career-timeline"] li').length,
            }
          : null,
      };
    });
  }

  async waitFor(done: (s: PopupSnapshot) => boolean, timeoutMs = 10_000): Promise<PopupSnapshot> {
    const s = await poll(() => this.snapshot(), done, { timeoutMs });
    return {
      ...s,
      people: s.people.map((p) => ({ name: normalizeText(p.name), count: p.count })),
      results: s.results.map(normalizeText),
    };
  }

  /**
   * Clicks the element `selector` whose list item (or itself) contains `withText` (the first
   * one otherwise), waiting up to 5 s for it to appear. The click runs in the page, which
   * both drivers treat as a user gesture.
   */
  async click(selector: string, withText = ''): Promise<void> {
    const clicked = await poll(
      () =>
        this.page.evaluate(
          ({ selector, withText }) => {
            const el = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((e) =>
              (e.closest('li') ?? e).textContent?.normalize('NFC').includes(withText),
            );
            el?.click();
            return el !== undefined;
          },
          { selector, withText },
        ),
      (done) => done,
      { timeoutMs: 5_000, intervalMs: 50 },
    );
    if (!clicked) throw new Error(`nothing matches ${selector} with "${withText}"`);
  }

  /**
   * A real mouse click on the element (as `click`), for what the browser only allows while
   * handling the user's input: Firefox's permissions.request() does not count a click
   * dispatched by script, even one the driver runs.
   */
  async mouseClick(selector: string, withText = ''): Promise<void> {
    const page = this.page as BrowserPage & { mouseClick?(x: number, y: number): Promise<void> };
    if (!page.mouseClick) throw new Error('this driver has no real mouse click');
    const point = await poll(
      () =>
        this.page.evaluate(
          ({ selector, withText }) => {
            const el = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((e) =>
              (e.closest('li') ?? e).textContent?.normalize('NFC').includes(withText),
            );
            if (!el) return null;
            el.scrollIntoView({ block: 'center' });
            const box = el.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          },
          { selector, withText },
        ),
      (found) => found !== null,
      { timeoutMs: 5_000, intervalMs: 50 },
    );
    if (!point) throw new Error(`nothing matches ${selector} with "${withText}"`);
    await this.page.bringToFront();
    await page.mouseClick(point.x, point.y);
  }

  /** Types into the search box as a user would (value, then an input event). */
  async search(query: string): Promise<void> {
    await poll(
      () =>
        this.page.evaluate(() => document.querySelector('[data-testid="search-input"]') !== null),
      (ready) => ready,
      { timeoutMs: 5_000, intervalMs: 50 },
    );
    return this.page.evaluate((query) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
      if (!input) throw new Error('no search box');
      input.focus();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, query);
  }
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in `page` and returns its serious and critical violations. The source goes in
 * as the body of the evaluated function: extension pages' CSP forbids eval and foreign
 * scripts, but code the driver evaluates is not subject to it.
 */
export async function seriousAxeViolations(page: BrowserPage): Promise<AxeViolation[]> {
  const run = new Function(
    `${AXE_SOURCE}
    return axe.run(document, { resultTypes: ['violations'] }).then((result) =>
      result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })),
    );`,
  ) as () => Promise<AxeViolation[]>;
  return page.evaluate(run);
}
