/**
 * The extension's IndexedDB database (owned by the background; content scripts ask by message).
 *
 * Versions (each upgrade step runs once, in order, inside the browser's upgrade transaction):
 * 1. `people` (the bundled dataset) keyed by id, with indexes on the folded name (`nameKey`) and
 *    the folded given name (`givenKey`); `meta` holds the loaded dataset's version and as-of date.
 * 2. `imported`: the user's own dataset file, same shape and indexes as `people`. It is kept
 *    across bundled updates and wins over `people` on the same id. `meta` gains an `imported`
 *    record describing it. Records stored by version 1 are kept as they are.
 * 3. People are stored in chunks of up to 25 (`bundledPeople`, `importedPeople`), with
 *    multi-entry indexes on their ids (`id`), folded names (`nameKey`) and folded given names
 *    (`givenKey`). Chromium's IndexedDB spends most of a load on per-record overhead: 76 records
 *    load about 2.5× faster than 1,879 (measured in bench/). The records of `people` and
 *    `imported` move into the new stores, which replace them.
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
export const DATABASE_VERSION = 3;

/** People per stored chunk: large enough that per-record cost vanishes, small enough to read one fast. */
export const CHUNK_SIZE = 25;

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

/** Version 1–2 records: one person each (kept for the migrations). */
type PersonStore = {
  key: string;
  value: StoredPerson;
  indexes: { nameKey: string; givenKey: string };
};

/** Version 3 records: up to CHUNK_SIZE people, with the keys the indexes read. */
export interface PeopleChunk {
  n: number;
  ids: string[];
  nameKeys: string[];
  givenKeys: string[];
  people: StoredPerson[];
}

type ChunkStore = {
  key: number;
  value: PeopleChunk;
  indexes: { id: string; nameKey: string; givenKey: string };
};

export interface AiLaAiSchema extends DBSchema {
  bundledPeople: ChunkStore;
  importedPeople: ChunkStore;
  meta: { key: MetaKey; value: DatasetInfo };
  /** Versions 1–2 only. */
  people: PersonStore;
  /** Version 2 only. */
  imported: PersonStore;
}

export type Database = IDBPDatabase<AiLaAiSchema>;
export type PeopleStoreName = 'bundledPeople' | 'importedPeople';

type UpgradeTransaction = IDBPTransaction<
  AiLaAiSchema,
  StoreNames<AiLaAiSchema>[],
  'versionchange'
>;

function createPersonStore(db: Database, name: 'people' | 'imported'): void {
  const store = db.createObjectStore(name, { keyPath: 'id' });
  store.createIndex('nameKey', 'nameKey');
  store.createIndex('givenKey', 'givenKey');
}

function createChunkStore(db: Database, name: PeopleStoreName): void {
  const store = db.createObjectStore(name, { keyPath: 'n' });
  store.createIndex('id', 'ids', { multiEntry: true });
  store.createIndex('nameKey', 'nameKeys', { multiEntry: true });
  store.createIndex('givenKey', 'givenKeys', { multiEntry: true });
}

/**
 * `people` cut into chunks of CHUNK_SIZE, in order, each made as it is asked for (so a bad
 * record fails the load at its own chunk, after the chunks before it were written).
 */
export function* toChunks<P>(
  people: readonly P[],
  store: (person: P) => StoredPerson,
): Generator<PeopleChunk> {
  for (let i = 0, n = 0; i < people.length; i += CHUNK_SIZE, n++) {
    const slice = people.slice(i, i + CHUNK_SIZE).map(store);
    yield {
      n,
      ids: slice.map((p) => p.id),
      nameKeys: slice.map((p) => p.nameKey),
      givenKeys: slice.map((p) => p.givenKey),
      people: slice,
    };
  }
}

/**
 * The upgrade steps, by the version they lead to. Each checks what exists rather than trusting
 * `oldVersion` alone: a page that opened the database without a version would have created an
 * empty version 1. A step may be async; it must then only wait on requests of `tx`, which stays
 * open while they run.
 */
const MIGRATIONS: Record<number, (db: Database, tx: UpgradeTransaction) => void | Promise<void>> = {
  1: (db) => {
    if (!db.objectStoreNames.contains('people')) createPersonStore(db, 'people');
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
  },
  2: (db, tx) => {
    void MIGRATIONS[1]!(db, tx);
    if (!db.objectStoreNames.contains('imported')) createPersonStore(db, 'imported');
  },
  3: async (db, tx) => {
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
    const moves = [
      ['people', 'bundledPeople'],
      ['imported', 'importedPeople'],
    ] as const;
    for (const [, to] of moves) if (!db.objectStoreNames.contains(to)) createChunkStore(db, to);
    for (const [from, to] of moves) {
      if (!db.objectStoreNames.contains(from)) continue;
      const people = await tx.objectStore(from).getAll();
      const target = tx.objectStore(to);
      await Promise.all([...toChunks(people, (p) => p)].map((chunk) => target.put(chunk)));
      db.deleteObjectStore(from);
    }
  },
};

export function openDatabase(name = DATABASE_NAME): Promise<Database> {
  return openDB<AiLaAiSchema>(name, DATABASE_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= DATABASE_VERSION; version++) {
        await MIGRATIONS[version]?.(db, tx);
      }
    },
  });
}

/** The record of `person`, with its lookup keys. Throws on a person without a usable id. */
export function toStored(person: Person): StoredPerson {
  if (typeof person.id !== 'string' || person.id === '') {
    throw new TypeError(`a person without an id: ${JSON.stringify(person.name ?? person)}`);
  }
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
    // put() throws synchronously on a record it cannot store: abort, or the requests already
    // made (the clear) would commit.
    for (const chunk of toChunks(dataset.people, toStored)) writes.push(store.put(chunk));
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
  return replaceDataset(db, 'bundledPeople', 'dataset', dataset);
}

/** Replaces the user's imported dataset (`imported`), in one transaction like `loadDataset`. */
export function storeImportedDataset(db: Database, dataset: Dataset): Promise<void> {
  return replaceDataset(db, 'importedPeople', 'imported', dataset);
}

/** Drops the user's imported dataset: afterwards only the bundled one is in effect. */
export async function clearImportedDataset(db: Database): Promise<void> {
  const tx = db.transaction(['importedPeople', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('importedPeople').clear(),
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

const flatten = (chunks: readonly PeopleChunk[]): StoredPerson[] => chunks.flatMap((c) => c.people);

/** Every person in effect (bundled, with imported records winning), by id. */
export async function allPeople(db: Database): Promise<StoredPerson[]> {
  const tx = db.transaction(['bundledPeople', 'importedPeople']);
  const [bundled, imported] = await Promise.all([
    tx.objectStore('bundledPeople').getAll(),
    tx.objectStore('importedPeople').getAll(),
  ]);
  const importedPeople = flatten(imported);
  return merge(
    flatten(bundled),
    importedPeople,
    new Set(importedPeople.map((p) => p.id)),
    (p) => p.id,
  );
}

/** Records of `ids` in that order (imported winning); unknown ids are left out. */
export async function peopleByIds(db: Database, ids: readonly string[]): Promise<StoredPerson[]> {
  const tx = db.transaction(['bundledPeople', 'importedPeople']);
  const find = async (store: PeopleStoreName, id: string) =>
    (await tx.objectStore(store).index('id').get(id))?.people.find((p) => p.id === id);
  const found = await Promise.all(
    ids.map(async (id) => (await find('importedPeople', id)) ?? find('bundledPeople', id)),
  );
  return found.filter((p): p is StoredPerson => p !== undefined);
}

/** The people of `chunks` whose `nameKey` is in `range`, each once. */
function peopleOfChunksIn(chunks: readonly PeopleChunk[], range: IDBKeyRange): StoredPerson[] {
  const seen = new Set<number>();
  const people: StoredPerson[] = [];
  for (const chunk of chunks) {
    if (seen.has(chunk.n)) continue;
    seen.add(chunk.n);
    for (const person of chunk.people) if (range.includes(person.nameKey)) people.push(person);
  }
  return people;
}

/** A range over `nameKey` values: exactly one key, or (prefix) every key starting with it. */
async function peopleInRange(
  db: Database,
  range: IDBKeyRange,
  limit?: number,
): Promise<StoredPerson[]> {
  const tx = db.transaction(['bundledPeople', 'importedPeople']);
  const importedStore = tx.objectStore('importedPeople');
  const [importedIds, imported, bundled] = await Promise.all([
    importedStore.getAll().then((chunks) => chunks.flatMap((c) => c.ids)),
    importedStore.index('nameKey').getAll(range),
    tx.objectStore('bundledPeople').index('nameKey').getAll(range),
  ]);
  const merged = merge(
    peopleOfChunksIn(bundled, range),
    peopleOfChunksIn(imported, range),
    new Set(importedIds),
    (p) => p.nameKey,
  );
  return limit === undefined ? merged : merged.slice(0, limit);
}

/** People whose name folds to the same key as `name` (case, tone placement ignored). */
export function peopleByName(db: Database, name: string): Promise<StoredPerson[]> {
  const key = foldPhrase(name);
  if (key === '') return Promise.resolve([]);
  return peopleInRange(db, IDBKeyRange.only(key));
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

/** How many people the bundled and the imported stores hold. */
export async function storedCounts(db: Database): Promise<{ bundled: number; imported: number }> {
  const tx = db.transaction(['bundledPeople', 'importedPeople']);
  const [bundled, imported] = await Promise.all([
    tx.objectStore('bundledPeople').index('id').count(),
    tx.objectStore('importedPeople').index('id').count(),
  ]);
  return { bundled, imported };
}
