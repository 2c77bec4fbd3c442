import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../../utils/database';
import { onMessage } from '../../utils/messages';
import { PeopleService } from '../../utils/people-service';
import type { Dataset } from '../../lib/dataset/types';

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
});
