import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Person } from '../lib/dataset/types';
import { testDataset, testPerson } from './test-datasets';
import {
  CHUNK_SIZE,
  DATABASE_VERSION,
  allPeople,
  clearImportedDataset,
  datasetInfo,
  loadDataset,
  openDatabase,
  peopleByIds,
  peopleByName,
  peopleByNamePrefix,
  storeImportedDataset,
  storedCounts,
  toStored,
} from './database';

const person = (id: string, name: string, raw = 'Bộ trưởng'): Person => testPerson(id, name, raw);

const dataset = testDataset;

const PEOPLE = [
  person('pham-binh-minh-1959', 'Phạm Bình Minh'),
  person('pham-minh-chinh-1958', 'Phạm Minh Chính'),
  person('pham-thi-thanh-tra-1964', 'Phạm Thị Thanh Trà'),
  person('nguyen-van-binh-1961', 'Nguyễn Văn Bình'),
  person('hoang-thi-thuy-1970', 'Hoàng Thị Thuỷ'),
];

let counter = 0;
const freshName = () => `database-test-${++counter}`;

/** A database as version 1 of the extension created and filled it. */
async function createVersion1(name: string, people: Person[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(v1) {
      const store = v1.createObjectStore('people', { keyPath: 'id' });
      store.createIndex('nameKey', 'nameKey');
      store.createIndex('givenKey', 'givenKey');
      v1.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  const tx = db.transaction(['people', 'meta'], 'readwrite');
  for (const p of people) void tx.objectStore('people').put(toStored(p));
  void tx.objectStore('meta').put({
    key: 'dataset',
    version: '0.1.0',
    asOf: '2026-07-03',
    license: 'CC BY-SA 4.0',
    people: people.length,
    loadedAt: '2026-07-04T00:00:00.000Z',
  });
  await tx.done;
  db.close();
}

/** A database as version 2 of the extension left it: one record a person, an import kept. */
async function createVersion2(name: string, people: Person[], imported: Person[]): Promise<void> {
  await createVersion1(name, people);
  const db = await openDB(name, 2, {
    upgrade(v2) {
      const store = v2.createObjectStore('imported', { keyPath: 'id' });
      store.createIndex('nameKey', 'nameKey');
      store.createIndex('givenKey', 'givenKey');
    },
  });
  const tx = db.transaction(['imported', 'meta'], 'readwrite');
  for (const p of imported) void tx.objectStore('imported').put(toStored(p));
  void tx.objectStore('meta').put({
    key: 'imported',
    version: '9.9.9',
    asOf: '2026-08-01',
    license: 'CC BY-SA 4.0',
    people: imported.length,
    loadedAt: '2026-08-02T00:00:00.000Z',
  });
  await tx.done;
  db.close();
}

const STORES = ['bundledPeople', 'importedPeople', 'meta'];

describe('database schema', () => {
  it('is at version 3: people in chunks, indexed by id, folded name and given name', async () => {
    const db = await openDatabase(freshName());
    expect(DATABASE_VERSION).toBe(3);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    const tx = db.transaction(['bundledPeople', 'importedPeople']);
    for (const name of ['bundledPeople', 'importedPeople'] as const) {
      const store = tx.objectStore(name);
      expect([...store.indexNames].sort()).toEqual(['givenKey', 'id', 'nameKey']);
      for (const [index, path] of [
        ['id', 'ids'],
        ['nameKey', 'nameKeys'],
        ['givenKey', 'givenKeys'],
      ] as const) {
        expect(store.index(index).keyPath).toBe(path);
        expect(store.index(index).multiEntry).toBe(true);
      }
    }
    db.close();
  });

  it('stores a dataset in chunks of 25 people, and counts people, not chunks', async () => {
    const db = await openDatabase(freshName());
    const many = Array.from({ length: 60 }, (_, i) => person(`p-${i}`, `Lê Văn ${i}`));
    await loadDataset(db, dataset('1.0.0', many));
    expect(CHUNK_SIZE).toBe(25);
    expect(await db.count('bundledPeople')).toBe(3);
    expect(await storedCounts(db)).toEqual({ bundled: 60, imported: 0 });
    expect((await peopleByIds(db, ['p-59', 'p-0'])).map((p) => p.id)).toEqual(['p-59', 'p-0']);
    db.close();
  });

  it('keeps the previous version whole when a load fails after some chunks were written', async () => {
    const db = await openDatabase(freshName());
    await loadDataset(db, dataset('1.0.0', PEOPLE));
    const many = Array.from({ length: 40 }, (_, i) => person(`p-${i}`, `Lê Văn ${i}`));
    many[30] = { ...many[30]!, id: '' };
    await expect(loadDataset(db, dataset('2.0.0', many))).rejects.toThrow(/without an id/);
    expect((await datasetInfo(db))?.version).toBe('1.0.0');
    expect(await storedCounts(db)).toEqual({ bundled: PEOPLE.length, imported: 0 });
    expect(await peopleByIds(db, ['p-0'])).toEqual([]);
    db.close();
  });

  it('upgrades a version 1 database with its data still readable', async () => {
    const name = freshName();
    await createVersion1(name, PEOPLE);
    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    expect((await datasetInfo(db))?.version).toBe('0.1.0');
    expect((await peopleByIds(db, ['pham-binh-minh-1959'])).map((p) => p.name)).toEqual([
      'Phạm Bình Minh',
    ]);
    expect((await peopleByName(db, 'Hoàng Thị Thủy')).map((p) => p.id)).toEqual([
      'hoang-thi-thuy-1970',
    ]);
    expect(await storedCounts(db)).toEqual({ bundled: PEOPLE.length, imported: 0 });
    // And the upgraded database takes imports.
    await storeImportedDataset(db, dataset('0.0.1', [person('x-1', 'Lê Văn X')]));
    expect((await allPeople(db)).length).toBe(PEOPLE.length + 1);
    db.close();
  });

  it("upgrades a version 2 database keeping the user's import, which still wins", async () => {
    const name = freshName();
    await createVersion2(name, PEOPLE, [
      person('pham-binh-minh-1959', 'Phạm Bình Minh', 'Chủ tịch'),
      person('le-van-x-1990', 'Lê Văn X'),
    ]);
    const db = await openDatabase(name);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    expect(await storedCounts(db)).toEqual({ bundled: PEOPLE.length, imported: 2 });
    expect((await datasetInfo(db, 'imported'))?.version).toBe('9.9.9');
    const [minh] = await peopleByIds(db, ['pham-binh-minh-1959']);
    expect(minh?.positions[0]?.raw).toBe('Chủ tịch');
    expect((await peopleByName(db, 'Lê Văn X')).map((p) => p.id)).toEqual(['le-van-x-1990']);
    db.close();
  });

  it('upgrades an empty version 1 (created by a page opening it without a version)', async () => {
    const name = freshName();
    (await openDB(name, 1)).close();
    const db = await openDatabase(name);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    db.close();
  });
});

describe('lookups', () => {
  const loaded = async () => {
    const db = await openDatabase(freshName());
    await loadDataset(db, dataset('1.0.0', PEOPLE));
    return db;
  };

  it('finds by id, in the order asked, leaving unknown ids out', async () => {
    const db = await loaded();
    const found = await peopleByIds(db, ['nguyen-van-binh-1961', 'nobody', 'pham-binh-minh-1959']);
    expect(found.map((p) => p.id)).toEqual(['nguyen-van-binh-1961', 'pham-binh-minh-1959']);
  });

  it('finds by name whatever the case or tone placement', async () => {
    const db = await loaded();
    expect((await peopleByName(db, 'PHẠM BÌNH MINH')).map((p) => p.id)).toEqual([
      'pham-binh-minh-1959',
    ]);
    expect(await peopleByName(db, 'Phạm Bình')).toEqual([]);
  });

  it('searches by prefix of the folded name', async () => {
    const db = await loaded();
    const ids = async (prefix: string, limit?: number) =>
      (await peopleByNamePrefix(db, prefix, limit)).map((p) => p.id);
    expect(await ids('Phạm')).toEqual([
      'pham-binh-minh-1959',
      'pham-minh-chinh-1958',
      'pham-thi-thanh-tra-1964',
    ]);
    expect(await ids('phạm bình m')).toEqual(['pham-binh-minh-1959']);
    expect(await ids('Phạm Thị Thanh')).toEqual(['pham-thi-thanh-tra-1964']);
    expect(await ids('Phạm', 2)).toEqual(['pham-binh-minh-1959', 'pham-minh-chinh-1958']);
    expect(await ids('Trần')).toEqual([]);
    expect(await ids('  ')).toEqual([]);
  });

  it('lets imported records win on the same id in every lookup', async () => {
    const db = await loaded();
    await storeImportedDataset(
      db,
      dataset('0.0.1', [
        person('pham-binh-minh-1959', 'Phạm Bình Minh', 'Chủ tịch'),
        person('pham-van-a-1990', 'Phạm Văn A'),
      ]),
    );
    const [minh] = await peopleByIds(db, ['pham-binh-minh-1959']);
    expect(minh?.positions[0]?.raw).toBe('Chủ tịch');
    const byName = await peopleByName(db, 'Phạm Bình Minh');
    expect(byName.map((p) => p.positions[0]?.raw)).toEqual(['Chủ tịch']);
    const byPrefix = await peopleByNamePrefix(db, 'Phạm');
    expect(byPrefix.map((p) => p.id)).toEqual([
      'pham-binh-minh-1959',
      'pham-minh-chinh-1958',
      'pham-thi-thanh-tra-1964',
      'pham-van-a-1990',
    ]);
    expect(byPrefix[0]?.positions[0]?.raw).toBe('Chủ tịch');
    expect(await peopleByNamePrefix(db, 'Phạm', 1)).toHaveLength(1);
    expect((await allPeople(db)).length).toBe(PEOPLE.length + 1);

    await clearImportedDataset(db);
    expect((await peopleByIds(db, ['pham-binh-minh-1959']))[0]?.positions[0]?.raw).toBe(
      'Bộ trưởng',
    );
    expect(await datasetInfo(db, 'imported')).toBeUndefined();
  });
});
