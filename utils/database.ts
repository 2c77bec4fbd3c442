/**
 * The extension's IndexedDB database (owned by the background; content scripts ask by message).
 *
 * Versions (each upgrade step runs once, in order, inside the browser's upgrade transaction):
 * 1. `people` (the bundled dataset) keyed by id, with indexes on the folded name (`nameKey`) and
 *    the folded given name (`givenKey`); `meta` holds the loaded dataset's version and as-of date.
 * 2. `imported`: the user's own dataset file, same shape and indexes as `people`. It is kept
 *    across bundled updates and wins over `people` on the same id. `meta` gains an `imported`
 *    record describing it. Records stored by version 1 are kept as they are.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { foldPhrase } from '../lib/text/fold-text';
import type { Dataset, Person } from '../lib/dataset/types';

export const DATABASE_NAME = 'ai-la-ai';
export const DATABASE_VERSION = 2;

export interface StoredPerson extends Person {
  /** Folded name ("pham5 binh2 minh"): lookups ignore diacritics form and tone placement. */
  nameKey: string;
  /** Folded given name, the last syllable ("minh"), for short references. */
  givenKey: string;
}

/** `dataset`: the bundled dataset in `people`; `imported`: the user's file in `imported`. */
export type MetaKey = 'dataset' | 'imported';

export interface DatasetInfo {
  key: MetaKey;
  version: string;
  asOf: string;
  license: string;
  people: number;
  loadedAt: string;
  /** How long the load took, in ms, from its first write to its commit (a diagnostic). */
  loadMs?: number;
}

type PeopleStore = {
  key: string;
  value: StoredPerson;
  indexes: { nameKey: string; givenKey: string };
};

export interface AiLaAiSchema extends DBSchema {
  people: PeopleStore;
  imported: PeopleStore;
  meta: { key: MetaKey; value: DatasetInfo };
}

export type Database = IDBPDatabase<AiLaAiSchema>;
export type PeopleStoreName = 'people' | 'imported';

type UpgradeTransaction = IDBPTransaction<
  AiLaAiSchema,
  StoreNames<AiLaAiSchema>[],
  'versionchange'
>;

function createPeopleStore(db: Database, name: PeopleStoreName): void {
  const store = db.createObjectStore(name, { keyPath: 'id' });
  store.createIndex('nameKey', 'nameKey');
  store.createIndex('givenKey', 'givenKey');
}

/**
 * The upgrade steps, by the version they lead to. Each checks what exists rather than trusting
 * `oldVersion` alone: a page that opened the database without a version would have created an
 * empty version 1.
 */
const MIGRATIONS: Record<number, (db: Database, tx: UpgradeTransaction) => void> = {
  1: (db) => {
    if (!db.objectStoreNames.contains('people')) createPeopleStore(db, 'people');
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
  },
  2: (db, tx) => {
    MIGRATIONS[1]!(db, tx);
    if (!db.objectStoreNames.contains('imported')) createPeopleStore(db, 'imported');
  },
};

export function openDatabase(name = DATABASE_NAME): Promise<Database> {
  return openDB<AiLaAiSchema>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= DATABASE_VERSION; version++) {
        MIGRATIONS[version]?.(db, tx);
      }
    },
  });
}

export function toStored(person: Person): StoredPerson {
  const nameKey = foldPhrase(person.name);
  return { ...person, nameKey, givenKey: nameKey.split(' ').pop() ?? '' };
}

export function withoutKeys({ nameKey: _n, givenKey: _g, ...person }: StoredPerson): Person {
  return person;
}

export async function datasetInfo(
  db: Database,
  key: MetaKey = 'dataset',
): Promise<DatasetInfo | undefined> {
  return db.get('meta', key);
}

/**
 * Replaces the content of `storeName` with `dataset`, and its `meta` record, in ONE
 * transaction: either all of the new version is there afterwards, or (on any failure) the
 * previous one still is.
 */
async function replaceDataset(
  db: Database,
  storeName: PeopleStoreName,
  metaKey: MetaKey,
  dataset: Dataset,
): Promise<void> {
  const started = performance.now();
  // Relaxed durability: a lost load is redone from the bundled file on the next start.
  const tx = db.transaction([storeName, 'meta'], 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore(storeName) as IDBPObjectStore<
    AiLaAiSchema,
    [PeopleStoreName, 'meta'],
    PeopleStoreName,
    'readwrite'
  >;
  const writes: Promise<unknown>[] = [];
  try {
    writes.push(store.clear());
    // put() throws synchronously on a record without a valid key: abort, or the requests
    // already made (the clear) would commit.
    for (const person of dataset.people) writes.push(store.put(toStored(person)));
    writes.push(
      tx.objectStore('meta').put({
        key: metaKey,
        version: dataset.version,
        asOf: dataset.asOf,
        license: dataset.license,
        people: dataset.people.length,
        loadedAt: new Date().toISOString(),
      }),
    );
  } catch (error) {
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  // Measured to the commit, recorded just after it; `npm run bench` reads it in Chromium.
  const loadMs = Math.round(performance.now() - started);
  const meta = await db.get('meta', metaKey);
  if (meta) await db.put('meta', { ...meta, loadMs });
}

/** Swaps the bundled dataset in (`people`); the imported store is left alone. */
export function loadDataset(db: Database, dataset: Dataset): Promise<void> {
  return replaceDataset(db, 'people', 'dataset', dataset);
}

/** Replaces the user's imported dataset (`imported`), in one transaction like `loadDataset`. */
export function storeImportedDataset(db: Database, dataset: Dataset): Promise<void> {
  return replaceDataset(db, 'imported', 'imported', dataset);
}

/** Drops the user's imported dataset: afterwards only the bundled one is in effect. */
export async function clearImportedDataset(db: Database): Promise<void> {
  const tx = db.transaction(['imported', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('imported').clear(),
    tx.objectStore('meta').delete('imported'),
    tx.done,
  ]);
}

/**
 * Bundled and imported records merged: an imported record replaces the bundled one with the
 * same id. Sorted by `sortKey`, then id.
 */
function merge(
  bundled: readonly StoredPerson[],
  imported: readonly StoredPerson[],
  importedIds: ReadonlySet<string>,
  sortKey: (p: StoredPerson) => string,
): StoredPerson[] {
  const byKey = (a: StoredPerson, b: StoredPerson) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return [...bundled.filter((p) => !importedIds.has(p.id)), ...imported].sort(byKey);
}

/** Every person in effect (bundled, with imported records winning), by id. */
export async function allPeople(db: Database): Promise<StoredPerson[]> {
  const tx = db.transaction(['people', 'imported']);
  const [bundled, imported] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('imported').getAll(),
  ]);
  return merge(bundled, imported, new Set(imported.map((p) => p.id)), (p) => p.id);
}

/** Records of `ids` in that order (imported winning); unknown ids are left out. */
export async function peopleByIds(db: Database, ids: readonly string[]): Promise<StoredPerson[]> {
  const tx = db.transaction(['people', 'imported']);
  const found = await Promise.all(
    ids.map(
      async (id) => (await tx.objectStore('imported').get(id)) ?? tx.objectStore('people').get(id),
    ),
  );
  return found.filter((p): p is StoredPerson => p !== undefined);
}

/** A range over `nameKey` values: exactly `key`, or (prefix) every key starting with it. */
async function peopleInRange(
  db: Database,
  range: IDBKeyRange | string,
  limit?: number,
): Promise<StoredPerson[]> {
  const tx = db.transaction(['people', 'imported']);
  const importedStore = tx.objectStore('imported');
  const [importedIds, imported] = await Promise.all([
    importedStore.getAllKeys(),
    importedStore.index('nameKey').getAll(range, limit),
  ]);
  const overridden = new Set(importedIds);
  // Ask for enough bundled records that `limit` survive the ones an import overrides.
  const bundled = await tx
    .objectStore('people')
    .index('nameKey')
    .getAll(range, limit === undefined ? undefined : limit + overridden.size);
  const merged = merge(bundled, imported, overridden, (p) => p.nameKey);
  return limit === undefined ? merged : merged.slice(0, limit);
}

/** People whose name folds to the same key as `name` (case, tone placement ignored). */
export function peopleByName(db: Database, name: string): Promise<StoredPerson[]> {
  return peopleInRange(db, foldPhrase(name));
}

/**
 * People whose folded name starts with the folded `prefix`, by folded name, at most `limit`.
 * The prefix is folded like a name, so its complete syllables must carry their tones
 * ("Phạm Bình M" finds "Phạm Bình Minh"). An empty prefix finds nobody.
 */
export function peopleByNamePrefix(
  db: Database,
  prefix: string,
  limit = 20,
): Promise<StoredPerson[]> {
  const key = foldPhrase(prefix);
  if (key === '' || limit <= 0) return Promise.resolve([]);
  return peopleInRange(db, IDBKeyRange.bound(key, `${key}\uffff`), limit);
}

/** How many records the bundled and the imported stores hold. */
export async function storedCounts(db: Database): Promise<{ bundled: number; imported: number }> {
  const tx = db.transaction(['people', 'imported']);
  const [bundled, imported] = await Promise.all([
    tx.objectStore('people').count(),
    tx.objectStore('imported').count(),
  ]);
  return { bundled, imported };
}
