/**
 * What the background answers about people: it keeps the bundled dataset loaded in
 * IndexedDB, with the user's imported dataset beside it (winning on the same id), and serves
 * the recogniser's data, full records, lookups, import, export and reset from there.
 */
import { buildSerializedIndex } from '../lib/create-recogniser';
import { namedPeopleOf } from '../lib/dataset/named-people';
import type { Dataset, Person } from '../lib/dataset/types';
import {
  allPeople,
  clearImportedDataset,
  datasetInfo,
  loadDataset,
  peopleByIds,
  peopleByName,
  peopleByNamePrefix,
  storeImportedDataset,
  withoutKeys,
  type Database,
  type DatasetInfo,
} from './database';
import { checkImportText } from './dataset-import';
import type { DatasetSource, DatasetSummary, ImportResult, MatcherData } from './messages';

const source = (info: DatasetInfo): DatasetSource => ({
  version: info.version,
  asOf: info.asOf,
  license: info.license,
  people: info.people,
});

function summarise(
  bundled: DatasetInfo | undefined,
  imported: DatasetInfo | undefined,
  people: number,
): DatasetSummary {
  // An exported file re-imported already carries the bundled licence: do not repeat it.
  const mine = bundled?.license ?? '';
  const theirs = imported?.license ?? '';
  const license =
    theirs === '' ? mine : mine === '' || theirs.includes(mine) ? theirs : `${mine}; ${theirs}`;
  return {
    version: imported?.version ?? bundled?.version ?? '',
    asOf: [bundled?.asOf ?? '', imported?.asOf ?? ''].sort().pop() ?? '',
    license,
    people,
    bundled: bundled ? source(bundled) : null,
    imported: imported ? { ...source(imported), importedAt: imported.loadedAt } : null,
  };
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
      const { people, bundled, imported, summary } = await this.snapshot();
      return {
        // Changes with either dataset, so a page can tell its copy is stale.
        version: [bundled?.version ?? '', imported && `imported-${imported.loadedAt}`]
          .filter(Boolean)
          .join('+'),
        asOf: summary.asOf,
        index: buildSerializedIndex(namedPeopleOf({ people }, 'homonyms')),
      };
    })().catch((error: unknown) => {
      this.matcherData = undefined;
      throw error;
    });
    return this.matcherData;
  }

  /** Full records of `ids`, in that order; unknown ids are left out. */
  async getPeople(ids: readonly string[]): Promise<Person[]> {
    await this.ensureLoaded();
    return (await peopleByIds(await this.db, ids)).map(withoutKeys);
  }

  /** People whose name folds like `name`. */
  async findPeopleByName(name: string): Promise<Person[]> {
    await this.ensureLoaded();
    return (await peopleByName(await this.db, name)).map(withoutKeys);
  }

  /** People whose folded name starts with the folded `prefix`, at most `limit`. */
  async searchPeople(prefix: string, limit = 20): Promise<Person[]> {
    await this.ensureLoaded();
    return (await peopleByNamePrefix(await this.db, prefix, limit)).map(withoutKeys);
  }

  /**
   * Imports a user's dataset file. Too large, not JSON or invalid: refused with the reasons,
   * before anything touches the database. Otherwise it replaces any earlier import in one
   * transaction.
   */
  async importDataset(text: string, size?: number): Promise<ImportResult> {
    const checked = checkImportText(text, size);
    if (!checked.ok) return checked;
    await this.ensureLoaded();
    await storeImportedDataset(await this.db, checked.dataset);
    this.matcherData = undefined;
    return { ok: true, people: checked.dataset.people.length };
  }

  /** The dataset in effect (bundled + imported, imported winning), as a `Dataset`. */
  async effectiveDataset(): Promise<Dataset> {
    const { people, summary } = await this.snapshot();
    const { version, asOf, license } = summary;
    return { version, asOf, license, people: people.map(withoutKeys) };
  }

  /** The people in effect and the summary of both datasets, read together. */
  private async snapshot() {
    await this.ensureLoaded();
    const db = await this.db;
    const [people, bundled, imported] = await Promise.all([
      allPeople(db),
      datasetInfo(db, 'dataset'),
      datasetInfo(db, 'imported'),
    ]);
    return { people, bundled, imported, summary: summarise(bundled, imported, people.length) };
  }

  /** `effectiveDataset()` as the JSON text of a dataset file (which imports back as it is). */
  async exportDataset(): Promise<string> {
    return `${JSON.stringify(await this.effectiveDataset(), null, 2)}\n`;
  }

  /** Drops the import: the bundled dataset alone is in effect again. */
  async resetDataset(): Promise<DatasetSummary> {
    await this.ensureLoaded();
    await clearImportedDataset(await this.db);
    this.matcherData = undefined;
    return this.getDatasetInfo();
  }

  async getDatasetInfo(): Promise<DatasetSummary> {
    return (await this.snapshot()).summary;
  }
}
