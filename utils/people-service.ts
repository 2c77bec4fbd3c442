/**
 * What the background answers about people: it keeps the bundled dataset loaded in
 * IndexedDB and serves the recogniser's data and full records from there.
 */
import { namedPeopleOf } from '../lib/dataset/named-people';
import type { Dataset, Person } from '../lib/dataset/types';
import {
  allPeople,
  datasetInfo,
  loadDataset,
  peopleByIds,
  type Database,
  type StoredPerson,
} from './database';
import type { MatcherData } from './messages';

function withoutKeys({ nameKey: _n, givenKey: _g, ...person }: StoredPerson): Person {
  return person;
}

export class PeopleService {
  private matcherData?: Promise<MatcherData>;
  private ready?: Promise<void>;

  constructor(
    private readonly db: Promise<Database>,
    private readonly bundled: () => Promise<Dataset> | Dataset,
  ) {}

  /** Loads the bundled dataset unless the same version is already stored. */
  ensureLoaded(): Promise<void> {
    this.ready ??= (async () => {
      const db = await this.db;
      const bundled = await this.bundled();
      const info = await datasetInfo(db);
      if (info?.version !== bundled.version || info.people !== bundled.people.length) {
        await loadDataset(db, bundled);
        this.matcherData = undefined;
      }
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  getMatcherData(): Promise<MatcherData> {
    this.matcherData ??= (async () => {
      await this.ensureLoaded();
      const db = await this.db;
      const [people, info] = await Promise.all([allPeople(db), datasetInfo(db)]);
      return {
        version: info?.version ?? '',
        asOf: info?.asOf ?? '',
        people: namedPeopleOf({ people }, 'homonyms'),
      };
    })().catch((error: unknown) => {
      this.matcherData = undefined;
      throw error;
    });
    return this.matcherData;
  }

  async getPeople(ids: readonly string[]): Promise<Person[]> {
    await this.ensureLoaded();
    return (await peopleByIds(await this.db, ids)).map(withoutKeys);
  }
}
