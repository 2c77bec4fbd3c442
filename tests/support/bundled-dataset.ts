import { readFileSync } from 'node:fs';
import type { Dataset } from '../../lib/dataset/types';

/** The dataset the extension ships (built by `npm run data`, committed). */
export const BUNDLED_DATASET_URL = new URL('../../data/dataset.json', import.meta.url);

export function loadBundledDataset(): Dataset {
  return JSON.parse(readFileSync(BUNDLED_DATASET_URL, 'utf8')) as Dataset;
}
