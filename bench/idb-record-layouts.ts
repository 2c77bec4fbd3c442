/**
 * Why utils/database.ts stores people in chunks: the bundled dataset written into IndexedDB in
 * real Chromium with different record layouts, interleaved over 7 rounds, median and best ms.
 * One record a person (bare, or with the name indexes) against chunks of 10, 25 and 100 people
 * with multi-entry indexes, and the whole list as one record (no lookups possible: the floor).
 *
 *   npm run build && npx tsx bench/idb-record-layouts.ts
 */
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/support/chromium';

const browser = await launchChromium(resolve('.output/chrome-mv3'));
try {
  const page = await browser.openExtensionPage('popup.html');
  // tsx keeps function names with a helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f' as never);
  const out = await page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    type Person = { id: string; name: string };
    const dataset = (await (await fetch('/dataset.json')).json()) as { people: Person[] };
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    let n = 0;
    async function fresh(setup: (db: IDBDatabase) => void) {
      const open = indexedDB.open(`v${n++}`, 1);
      open.onupgradeneeded = () => setup(open.result);
      return request(open);
    }
    const variants: Record<string, () => Promise<number>> = {
      bare: async () => {
        const db = await fresh((db) => db.createObjectStore('people', { keyPath: 'id' }));
        const t = performance.now();
        const tx = db.transaction('people', 'readwrite', { durability: 'relaxed' });
        for (const p of dataset.people) tx.objectStore('people').put(p);
        await done(tx);
        return performance.now() - t;
      },
      indexed: async () => {
        const db = await fresh((db) => {
          const s = db.createObjectStore('people', { keyPath: 'id' });
          s.createIndex('nameKey', 'nameKey');
          s.createIndex('givenKey', 'givenKey');
        });
        const t = performance.now();
        const tx = db.transaction('people', 'readwrite', { durability: 'relaxed' });
        const st = tx.objectStore('people');
        st.clear();
        for (const p of dataset.people) {
          const k = fold(p.name);
          st.put({ ...p, nameKey: k, givenKey: k.split(' ').pop() });
        }
        await done(tx);
        return performance.now() - t;
      },
      chunk10: async () => {
        const db = await fresh((db) => {
          const s = db.createObjectStore('chunks', { keyPath: 'n' });
          s.createIndex('ids', 'ids', { multiEntry: true });
          s.createIndex('nameKeys', 'nameKeys', { multiEntry: true });
          s.createIndex('givenKeys', 'givenKeys', { multiEntry: true });
        });
        const t = performance.now();
        const tx = db.transaction('chunks', 'readwrite', { durability: 'relaxed' });
        const st = tx.objectStore('chunks');
        const size = 10;
        for (let i = 0, c = 0; i < dataset.people.length; i += size, c++) {
          const people = dataset.people.slice(i, i + size);
          const keys = people.map((p) => fold(p.name));
          st.put({
            n: c,
            ids: people.map((p) => p.id),
            nameKeys: keys,
            givenKeys: keys.map((k) => k.split(' ').pop()),
            people,
          });
        }
        await done(tx);
        return performance.now() - t;
      },
      chunk25: async () => {
        const db = await fresh((db) => {
          const s = db.createObjectStore('chunks', { keyPath: 'n' });
          s.createIndex('ids', 'ids', { multiEntry: true });
          s.createIndex('nameKeys', 'nameKeys', { multiEntry: true });
          s.createIndex('givenKeys', 'givenKeys', { multiEntry: true });
        });
        const t = performance.now();
        const tx = db.transaction('chunks', 'readwrite', { durability: 'relaxed' });
        const st = tx.objectStore('chunks');
        const size = 25;
        for (let i = 0, c = 0; i < dataset.people.length; i += size, c++) {
          const people = dataset.people.slice(i, i + size);
          const keys = people.map((p) => fold(p.name));
          st.put({
            n: c,
            ids: people.map((p) => p.id),
            nameKeys: keys,
            givenKeys: keys.map((k) => k.split(' ').pop()),
            people,
          });
        }
        await done(tx);
        return performance.now() - t;
      },
      chunk100: async () => {
        const db = await fresh((db) => {
          const s = db.createObjectStore('chunks', { keyPath: 'n' });
          s.createIndex('ids', 'ids', { multiEntry: true });
          s.createIndex('nameKeys', 'nameKeys', { multiEntry: true });
          s.createIndex('givenKeys', 'givenKeys', { multiEntry: true });
        });
        const t = performance.now();
        const tx = db.transaction('chunks', 'readwrite', { durability: 'relaxed' });
        const st = tx.objectStore('chunks');
        const size = 100;
        for (let i = 0, c = 0; i < dataset.people.length; i += size, c++) {
          const people = dataset.people.slice(i, i + size);
          const keys = people.map((p) => fold(p.name));
          st.put({
            n: c,
            ids: people.map((p) => p.id),
            nameKeys: keys,
            givenKeys: keys.map((k) => k.split(' ').pop()),
            people,
          });
        }
        await done(tx);
        return performance.now() - t;
      },
      oneRecord: async () => {
        const db = await fresh((db) => db.createObjectStore('blob'));
        const t = performance.now();
        const tx = db.transaction('blob', 'readwrite', { durability: 'relaxed' });
        tx.objectStore('blob').put(dataset.people, 'all');
        await done(tx);
        return performance.now() - t;
      },
    };
    const times: Record<string, number[]> = {};
    for (let round = 0; round < 7; round++) {
      for (const [name, fn] of Object.entries(variants)) {
        (times[name] ??= []).push(await fn());
      }
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
    return Object.fromEntries(
      Object.entries(times).map(([k, v]) => [k, [Math.round(med(v)), Math.round(Math.min(...v))]]),
    );
  });
  console.log(out);
} finally {
  await browser.close();
}
