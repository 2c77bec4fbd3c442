/**
 * The options page's dataset section in the built extension: it shows the bundled dataset,
 * refuses an invalid file (listing the problems, changing nothing), imports a one-person
 * file and resets back to the bundled data. Chromium only: the page is plain Preact over the
 * same messages the unit tests cover; this checks the wiring through the real background.
 * Screenshot: e2e/screenshots/chromium-options.png (look at it).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset/types';
import { selectedBrowsers } from './support/browsers';
import type { BuiltManifest } from './support/extension-build';
import { poll } from './support/poll';
import { SCREENSHOTS_DIR } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { BrowserPage, ExtensionBrowser } from './support/types';

const chromium = selectedBrowsers().find((target) => target.name === 'chromium');

/** One valid person, in the schema of lib/dataset/types.ts. */
const TINY_DATASET: Dataset = {
  version: '0.0.1',
  asOf: '2026-07-01',
  license: 'CC BY-SA 4.0 (e2e)',
  people: [
    {
      id: 'tran-van-thu-1970',
      name: 'Trần Văn Thử',
      aliases: [],
      gender: 'male',
      birth: '1970',
      positions: [
        {
          raw: 'Chủ tịch Ủy ban nhân dân tỉnh Thử',
          title: 'Chủ tịch',
          body: 'Ủy ban nhân dân tỉnh Thử',
          start: '2020',
          current: true,
          source: 'viwiki:1',
        },
      ],
      sources: ['viwiki:1'],
    },
  ],
};

/** Missing asOf and license, and a person without a name: three problems at least. */
const INVALID_DATASET = '{"version": "0.0.1", "people": [{"id": "x"}]}';

interface PanelSnapshot {
  heading: string;
  version: string;
  people: number;
  bundled: number;
  imported: number;
  result: string;
  problems: string[];
}

/** The options page (opened as a tab), read through its data-testid attributes. */
class OptionsPage {
  constructor(readonly page: BrowserPage) {}

  snapshot(): Promise<PanelSnapshot> {
    return this.page.evaluate(() => {
      const text = (id: string) =>
        document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
      const count = (id: string) => Number(text(id).replace(/\D/g, '') || '-1');
      return {
        heading: document.querySelector('h1')?.textContent?.trim() ?? '',
        version: text('dataset-version'),
        people: count('dataset-people-total'),
        bundled: count('dataset-bundled'),
        imported: count('dataset-imported'),
        result: text('import-result'),
        problems: Array.from(
          document.querySelectorAll('[data-testid="import-problems"] li'),
          (li) => li.textContent ?? '',
        ),
      };
    });
  }

  waitFor(done: (s: PanelSnapshot) => boolean, timeoutMs = 15_000): Promise<PanelSnapshot> {
    return poll(() => this.snapshot(), done, { timeoutMs });
  }

  /** Chooses a file in the import input: built in the page, as a user's pick would be. */
  chooseFile(name: string, text: string): Promise<void> {
    return this.page.evaluate(
      ({ name, text }) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="import-input"]');
        if (!input) throw new Error('no import input');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { name, text },
    );
  }

  click(testId: string): Promise<void> {
    return this.page.evaluate((id) => {
      const button = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      if (!button) throw new Error(`no ${id}`);
      button.click();
    }, testId);
  }
}

describe.skipIf(!chromium)('options page in chromium', () => {
  const launched = new SetupResult<ExtensionBrowser>('launching chromium');

  beforeAll(async () => {
    if (chromium) await launched.run(() => chromium.launch());
  });
  afterAll(async () => {
    await launched.peek()?.close();
  });

  it('is the manifest options page', async () => {
    const built = JSON.parse(
      await readFile(join(launched.get().extensionDir, 'manifest.json'), 'utf8'),
    ) as BuiltManifest & { options_ui?: { page?: string }; options_page?: string };
    expect(built.options_ui?.page ?? built.options_page).toBe('options.html');
  });

  it('imports, refuses and resets the dataset', async () => {
    const page = await launched.get().openExtensionPage('options.html');
    try {
      const options = new OptionsPage(page);
      // The page follows the browser's language by default; these checks read Vietnamese.
      await options.waitFor((s) => s.people > 1500);
      await options.click('language-vi');
      await options.waitFor((s) => s.heading === 'Ai là ai — Tùy chọn');
      const start = await options.waitFor((s) => s.people > 1500);
      expect(start.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(start.people).toBeGreaterThan(1500);
      expect(start.imported).toBe(0);

      await options.chooseFile('bad.json', INVALID_DATASET);
      const refused = await options.waitFor((s) => s.problems.length > 0);
      expect(refused.result).toContain('Không nhập được');
      expect(refused.problems.length).toBeGreaterThanOrEqual(3);
      expect(refused.problems.join('\n')).toContain('asOf');
      expect(refused.people).toBe(start.people);
      expect(refused.imported).toBe(0);
      // The refusal is the busiest state of the page: the one to look at.
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      await page.screenshot(join(SCREENSHOTS_DIR, 'chromium-options.png'));

      await options.chooseFile('tiny.json', JSON.stringify(TINY_DATASET));
      const imported = await options.waitFor((s) => s.imported === 1);
      expect(imported.result).toBe('Đã nhập 1 người.');
      expect(imported.problems).toEqual([]);
      expect(imported.people).toBe(start.people + 1);
      expect(imported.bundled).toBe(start.bundled);

      await options.click('reset-button');
      const reset = await options.waitFor((s) => s.imported === 0 && s.result.includes('gốc'));
      expect(reset.result).toBe('Đã khôi phục dữ liệu gốc.');
      expect(reset.people).toBe(start.people);
      expect(reset.version).toBe(start.version);
    } finally {
      await page.close();
    }
  });
});
