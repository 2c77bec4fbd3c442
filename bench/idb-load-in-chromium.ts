/**
 * The time to load the bundled dataset into IndexedDB in real Chromium, with a baseline from
 * the same page: the same records written by a bare loop into a store without indexes, in one
 * transaction with the same relaxed durability (the least any loader can do). Needs `npm run build` (or the e2e build) and
 * Debian's chromium; says so and skips otherwise.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/support/chromium';
import { CHROMIUM_PATH } from '../e2e/support/settings';

export interface IdbLoadFigures {
  people: number;
  /** The extension's own load (utils/database.ts), recorded by the background in meta.loadMs. */
  extensionMs: number;
  /** Bare puts of the same records, no indexes, one transaction. */
  baselineMs: number;
}

export async function measureIdbLoad(): Promise<IdbLoadFigures | string> {
  const out = process.env.AI_LA_AI_OUT_DIR ?? '.output';
  const dir = [`${out}/chrome-mv3`, `${out}/chrome-mv3-e2e`]
    .map((d) => resolve(d))
    .find((d) => existsSync(`${d}/manifest.json`));
  if (!dir) return 'skipped: no Chrome build in .output/ (run npm run build)';
  if (!existsSync(CHROMIUM_PATH)) return `skipped: no Chromium at ${CHROMIUM_PATH}`;
  const browser = await launchChromium(dir);
  try {
    const page = await browser.openExtensionPage('popup.html');
    return await page.evaluate(async () => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((ok, fail) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
      // The background loads the dataset on install: wait for its record of that load.
      let meta: { people: number; loadMs?: number } | undefined;
      for (let tries = 0; tries < 300 && meta?.loadMs === undefined; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        const names = (await indexedDB.databases()).map((d) => d.name);
        if (!names.includes('ai-la-ai')) continue;
        const db = await request(indexedDB.open('ai-la-ai'));
        if (db.objectStoreNames.contains('meta')) {
          meta = await request(db.transaction('meta').objectStore('meta').get('dataset'));
        }
        db.close();
      }
      if (meta?.loadMs === undefined) throw new Error('the extension did not load its dataset');
      const dataset = (await (await fetch('/dataset.json')).json()) as { people: { id: string }[] };
      const open = indexedDB.open('bench-baseline', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('people', { keyPath: 'id' });
      const db = await request(open);
      const started = performance.now();
      const tx = db.transaction('people', 'readwrite', { durability: 'relaxed' });
      for (const person of dataset.people) tx.objectStore('people').put(person);
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      const baselineMs = performance.now() - started;
      db.close();
      return { people: meta.people, extensionMs: meta.loadMs, baselineMs };
    });
  } finally {
    await browser.close();
  }
}
