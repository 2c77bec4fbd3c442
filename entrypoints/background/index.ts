import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../../utils/database';
import { onMessage } from '../../utils/messages';
import { PeopleService } from '../../utils/people-service';
import { registerPopupServices } from '../../utils/popup-services';
import type { Dataset, Person } from '../../lib/dataset/types';
import { BUNDLED_LEXICON } from '../../lib/lexicon/bundled-lexicon';
import { termLookup } from '../../lib/lexicon/lookup-term';
import { postHolders } from '../../lib/resolve/post-holders';

export default defineBackground(() => {
  // The bundled dataset ships as its own file (see wxt.config.ts), read from the extension's
  // package only when the database needs (re)loading: no network is involved.
  // wxt.config.ts adds the file at build time, so WXT's PublicPath type does not list it.
  const datasetUrl = (browser.runtime.getURL as (path: string) => string)('/dataset.json');
  const bundled = async (): Promise<Dataset> => (await (await fetch(datasetUrl)).json()) as Dataset;
  const people = new PeopleService(openDatabase(), bundled);

  browser.runtime.onInstalled.addListener(() => {
    void people.ensureLoaded();
  });

  onMessage('getMatcherData', () => people.getMatcherData());
  onMessage('getPeople', ({ data }) => people.getPeople(data));
  onMessage('findPeopleByName', ({ data }) => people.findPeopleByName(data));
  onMessage('searchPeople', ({ data }) => people.searchPeople(data));
  onMessage('importDataset', ({ data }) => people.importDataset(data));
  onMessage('exportDataset', () => people.exportDataset());
  onMessage('resetDataset', () => people.resetDataset());
  onMessage('getDatasetInfo', () => people.getDatasetInfo());
  // Popup and options: the search list and the per-site switch for sites the user adds.
  registerPopupServices(people);

  // Cards: the English and description of titles and bodies, and who held a post on a date.
  const lookupTerm = termLookup(BUNDLED_LEXICON);
  onMessage('lookupTerms', ({ data }) => data.map((phrase) => lookupTerm(phrase) ?? null));
  // Every person's positions, read once per dataset in effect (an import or reset changes it).
  let everyone: { key: string; people: Promise<Person[]> } | undefined;
  const allPeople = async (): Promise<Person[]> => {
    const info = await people.getDatasetInfo();
    const key = `${info.version}|${info.people}|${info.imported?.importedAt ?? ''}`;
    if (everyone?.key !== key) {
      everyone = { key, people: people.effectiveDataset().then((d) => d.people) };
    }
    return everyone.people;
  };
  onMessage('whoHeld', async ({ data }) => postHolders(await allPeople(), data));
});
