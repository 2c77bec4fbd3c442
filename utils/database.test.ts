import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Person } from '../lib/dataset/types';
import { testDataset, testPerson } from './test-datasets';
import {
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

describe('database schema', () => {
  it('is at version 2, with people and imported keyed by id and indexed by folded names', async () => {
    const db = await openDatabase(freshName());
    expect(DATABASE_VERSION).toBe(2);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['imported', 'meta', 'people']);
    const tx = db.transaction(['people', 'imported']);
    for (const name of ['people', 'imported'] as const) {
      const store = tx.objectStore(name);
      expect(store.keyPath).toBe('id');
      expect([...store.indexNames].sort()).toEqual(['givenKey', 'nameKey']);
      expect(store.index('nameKey').keyPath).toBe('nameKey');
      expect(store.index('givenKey').keyPath).toBe('givenKey');
    }
    db.close();
  });

  it('upgrades a version 1 database with its data still readable', async () => {
    const name = freshName();
    await createVersion1(name, PEOPLE);
    const db = await openDatabase(name);
    expect(db.version).toBe(2);
    expect(db.objectStoreNames.contains('imported')).toBe(true);
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

  it('upgrades an empty version 1 (created by a page opening it without a version)', async () => {
    const name = freshName();
    (await openDB(name, 1)).close();
    const db = await openDatabase(name);
    expect([...db.objectStoreNames].sort()).toEqual(['imported', 'meta', 'people']);
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
