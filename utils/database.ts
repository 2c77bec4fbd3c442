/**
 * The extension's IndexedDB database (owned by the background; content scripts ask by message).
 * Version 1: `people` keyed by id, with indexes on the folded name and the folded given name;
 * `meta` holds the loaded dataset's version and as-of date.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { foldPhrase } from '../lib/text/fold-text';
import type { Dataset, Person } from '../lib/dataset/types';

export const DATABASE_NAME = 'ai-la-ai';
const DATABASE_VERSION = 1;

export interface StoredPerson extends Person {
  /** Folded name ("pham5 binh2 minh"): lookups ignore diacritics form and tone placement. */
  nameKey: string;
  /** Folded given name, the last syllable ("minh"), for short references. */
  givenKey: string;
}

export interface DatasetInfo {
  key: 'dataset';
  version: string;
  asOf: string;
  license: string;
  people: number;
  loadedAt: string;
}

interface AiLaAiSchema extends DBSchema {
  people: { key: string; value: StoredPerson; indexes: { nameKey: string; givenKey: string } };
  meta: { key: 'dataset'; value: DatasetInfo };
}

export type Database = IDBPDatabase<AiLaAiSchema>;

export function openDatabase(name = DATABASE_NAME): Promise<Database> {
  return openDB<AiLaAiSchema>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const people = db.createObjectStore('people', { keyPath: 'id' });
        people.createIndex('nameKey', 'nameKey');
        people.createIndex('givenKey', 'givenKey');
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    },
  });
}

export function toStored(person: Person): StoredPerson {
  const nameKey = foldPhrase(person.name);
  return { ...person, nameKey, givenKey: nameKey.split(' ').pop() ?? '' };
}

export async function datasetInfo(db: Database): Promise<DatasetInfo | undefined> {
  return db.get('meta', 'dataset');
}

/**
 * Replaces the stored people with `dataset` in ONE transaction: either all of the new
 * version is there afterwards, or (on any failure) the previous one still is.
 */
export async function loadDataset(db: Database, dataset: Dataset): Promise<void> {
  const tx = db.transaction(['people', 'meta'], 'readwrite');
  const people = tx.objectStore('people');
  const writes: Promise<unknown>[] = [];
  try {
    writes.push(people.clear());
    // put() throws synchronously on a record without a valid key: abort, or the requests
    // already made (the clear) would commit.
    for (const person of dataset.people) writes.push(people.put(toStored(person)));
    writes.push(
      tx.objectStore('meta').put({
        key: 'dataset',
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
}

export async function allPeople(db: Database): Promise<StoredPerson[]> {
  return db.getAll('people');
}

export async function peopleByIds(db: Database, ids: readonly string[]): Promise<StoredPerson[]> {
  const tx = db.transaction('people');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  return found.filter((p): p is StoredPerson => p !== undefined);
}

export async function peopleByName(db: Database, name: string): Promise<StoredPerson[]> {
  return db.getAllFromIndex('people', 'nameKey', foldPhrase(name));
}
