/**
 * A CPU profile of the recogniser over the corpus, for finding where its time goes:
 *   npx tsx scripts/bundle-for-node.ts bench/profile-engine.ts dist/profile.mjs &&
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/profile.mjs [CORPUS_DIR]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRecogniser } from '../lib/create-recogniser';
import { namedPeopleOf } from '../lib/dataset/named-people';
import type { Dataset } from '../lib/dataset/types';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const texts = readFileSync(join(corpus, 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const dataset = JSON.parse(
  readFileSync(new URL('../data/dataset.json', import.meta.url), 'utf8'),
) as Dataset;
const recogniser = createRecogniser(namedPeopleOf(dataset, 'homonyms'));
let mentions = 0;
const started = performance.now();
for (let round = 0; round < 10; round++) {
  for (const text of texts) mentions += recogniser.recognise(text, { date: '2020-07-17' }).length;
}
const seconds = (performance.now() - started) / 1000;
const mb = (Buffer.byteLength(texts.join(''), 'utf8') * 10) / 1e6;
console.log(`${mentions} mentions, ${(mb / seconds).toFixed(1)} MB/s`);
