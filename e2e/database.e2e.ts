/**
 * The background's IndexedDB database in a real browser: the built extension loads the
 * bundled dataset (data/dataset.json) into 'ai-la-ai' on install, and an extension page (the
 * popup, which shares the extension's origin) reads it back with the raw IndexedDB API.
 * Chromium only: the unit tests cover the logic on fake-indexeddb; this checks the real engine.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset/types';
import { selectedBrowsers } from './support/browsers';
import { PROJECT_ROOT } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { ExtensionBrowser } from './support/types';

const chromium = selectedBrowsers().find((target) => target.name === 'chromium');

interface StoredSnapshot {
  version: number;
  stores: string[];
  count: number;
  meta: { version?: string; people?: number } | null;
  record: { id?: string; name?: string; nameKey?: string } | null;
  waitedMs: number;
  error?: string;
}

describe.skipIf(!chromium)('IndexedDB in chromium', () => {
  const launched = new SetupResult<ExtensionBrowser>('launching chromium');

  beforeAll(async () => {
    if (chromium) await launched.run(() => chromium.launch());
  });
  afterAll(async () => {
    await launched.peek()?.close();
  });

  it("holds the bundled dataset in the 'ai-la-ai' database, chunked and indexed", async () => {
    const bundled = JSON.parse(
      await readFile(join(PROJECT_ROOT, 'data/dataset.json'), 'utf8'),
    ) as Dataset;
    const minh = bundled.people.find((p) => p.name === 'Phạm Bình Minh');
    expect(minh, "data/dataset.json has a person named 'Phạm Bình Minh'").toBeDefined();

    const page = await launched.get().openExtensionPage('popup.html');
    try {
      const snapshot = await page.evaluate(
        async ({ id, expected }): Promise<StoredSnapshot> => {
          const started = Date.now();
          const request = <T>(req: IDBRequest<T>) =>
            new Promise<T>((resolve, reject) => {
              req.onsuccess = () => resolve(req.result);
              req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
            });
          const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
          let last: StoredSnapshot = {
            version: 0,
            stores: [],
            count: 0,
            meta: null,
            record: null,
            waitedMs: 0,
            error: 'the database does not exist yet',
          };
          // The background loads the dataset on install: wait for it (up to 20 s). Never open
          // the database before it exists: that would create an empty version 1.
          while (Date.now() - started < 20_000) {
            const exists = (await indexedDB.databases()).some((d) => d.name === 'ai-la-ai');
            if (exists) {
              const db = await request(indexedDB.open('ai-la-ai'));
              try {
                const stores = [...db.objectStoreNames].sort();
                if (stores.includes('bundledPeople') && stores.includes('meta')) {
                  const tx = db.transaction(['bundledPeople', 'meta'], 'readonly');
                  const people = tx.objectStore('bundledPeople');
                  const [count, meta, chunk] = await Promise.all([
                    request(people.index('id').count()),
                    request(tx.objectStore('meta').get('dataset')),
                    request(people.index('id').get(id)),
                  ]);
                  const record = (chunk as { people: { id: string }[] } | undefined)?.people.find(
                    (p) => p.id === id,
                  );
                  last = {
                    version: db.version,
                    stores,
                    count,
                    meta: (meta as StoredSnapshot['meta']) ?? null,
                    record: (record as StoredSnapshot['record']) ?? null,
                    waitedMs: Date.now() - started,
                  };
                  if (count >= expected && last.meta) return last;
                } else {
                  last = { ...last, version: db.version, stores, error: 'stores missing' };
                }
              } finally {
                db.close();
              }
            }
            await sleep(200);
          }
          return last;
        },
        { id: minh?.id ?? '', expected: bundled.people.length },
      );
      console.log(`chromium: ${snapshot.count} people in IndexedDB after ${snapshot.waitedMs} ms`);
      expect(snapshot.error).toBeUndefined();
      expect(snapshot.version).toBe(3);
      expect(snapshot.stores).toEqual(['bundledPeople', 'importedPeople', 'meta']);
      expect(snapshot.count).toBeGreaterThan(1500);
      expect(snapshot.count).toBe(bundled.people.length);
      expect(snapshot.meta).toMatchObject({
        version: bundled.version,
        people: bundled.people.length,
      });
      expect(snapshot.record).toMatchObject({
        id: minh?.id,
        name: 'Phạm Bình Minh',
        nameKey: 'pham5 binh2 minh',
      });
    } finally {
      await page.close();
    }
  });
});
