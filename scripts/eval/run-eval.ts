/**
 * `npm run eval -- DIR`: the recogniser against VLSP 2018 gold annotations in DIR (.muc or
 * .txt files with inline ENAMEX tags, in any subfolders). Prints person precision, recall
 * on dataset names, short references and titled persons, body precision, and the most
 * frequent false positives and misses.
 *
 * `npm run eval -- --articles FILE.jsonl`: counts linked, unlinked and ambiguous person
 * mentions over articles (one JSON object a line with `text` and optional `date`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import dataset from '../../data/dataset.json';
import { createRecogniser, type Mention, type RecogniseOptions } from '../../lib/create-recogniser';
import { namedPeopleOf } from '../../lib/dataset/named-people';
import type { Dataset } from '../../lib/dataset/types';
import { foldPhrase } from '../../lib/text/fold-text';
import { filesIn } from './files';
import { evaluate, ratio, type Ratio, type ScoredDocument } from './metrics';
import { readVlsp } from './vlsp';

const USAGE = `usage: npm run eval -- DIR [--link-all]   (VLSP 2018 .muc/.txt files, in subfolders too)
       npm run eval -- --articles FILE.jsonl [--link-all]`;

function fail(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

const people = namedPeopleOf(dataset as Dataset);
const recogniser = createRecogniser(people);

function pct(r: Ratio): string {
  return `${ratio(r).toFixed(3)}  (${r.hit}/${r.total})`;
}

function evalVlsp(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`no such folder: ${dir}`);
  const files = filesIn(dir);
  if (files.length === 0) fail(`no .muc or .txt files under ${dir}`);
  const names = new Set<string>();
  for (const p of people) {
    for (const form of [p.name, ...p.aliases]) {
      const key = foldPhrase(form);
      if (key.includes(' ')) names.add(key);
    }
  }
  const documents: ScoredDocument[] = files.map((file) => {
    const gold = readVlsp(readFileSync(file, 'utf8'));
    const predicted = recogniser.recognise(gold.text, options);
    return { name: relative(dir, file), gold, predicted };
  });
  const r = evaluate(documents, names);
  const mode = options.weakNamesOffPolitics === false ? ', --link-all' : '';
  console.log(`VLSP 2018 eval: ${dir} (${r.documents} files${mode})`);
  console.log(`person precision (exact span)        ${pct(r.personPrecision)}`);
  console.log(`recall, dataset full names           ${pct(r.fullNameRecall)}`);
  console.log(`recall, short references to them    ${pct(r.shortReferenceRecall)}`);
  console.log(`recall, persons after a title/rank   ${pct(r.titledRecall)}`);
  console.log(`body precision (exact ORGANIZATION)  ${pct(r.bodyPrecision)}`);
  console.log(`(gold PERSON inside another entity, left out of recall: ${r.nestedPersons})`);
  console.log('\nmost frequent false positives [what the gold has there]:');
  for (const [text, n] of r.falsePositives) console.log(`  ${String(n).padStart(4)}  ${text}`);
  console.log('\nmost frequent misses [which recall]:');
  for (const [text, n] of r.misses) console.log(`  ${String(n).padStart(4)}  ${text}`);
}

function countArticles(file: string): void {
  if (!existsSync(file) || statSync(file).isDirectory()) fail(`no such file: ${file}`);
  const counts = { linked: 0, unlinked: 0, ambiguous: 0, articles: 0 };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as { text: string; date?: string | null };
    counts.articles++;
    const date = article.date?.slice(0, 10);
    const mentions: Mention[] = recogniser.recognise(article.text, { ...options, date });
    for (const m of mentions) {
      if (m.kind !== 'person') continue;
      if (m.id) counts.linked++;
      else if (m.alternatives?.length) counts.ambiguous++;
      else counts.unlinked++;
    }
  }
  console.log(`person mentions over ${counts.articles} articles of ${file}:`);
  console.log(`  linked to a dataset person         ${counts.linked}`);
  console.log(`  unlinked (titled, not in dataset)  ${counts.unlinked}`);
  console.log(`  ambiguous (namesakes, no choice)   ${counts.ambiguous}`);
}

const argv = process.argv.slice(2);
/** `--link-all`: dataset names on sport and entertainment pages are linked like any other. */
const options: RecogniseOptions = argv.includes('--link-all')
  ? { weakNamesOffPolitics: false }
  : {};
const args = argv.filter((a) => a !== '--link-all');
if (args.length === 0 || args.includes('--help')) fail('which folder?');
if (args[0] === '--articles') {
  if (!args[1]) fail('--articles needs a .jsonl file');
  countArticles(resolve(args[1]));
} else evalVlsp(resolve(args[0]!));
