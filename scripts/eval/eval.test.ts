import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldPhrase } from '../../lib/text/fold-text';
import { evaluate, followsTitle, type PredictedMention } from './metrics';
import { filesIn } from './files';
import { readVlsp } from './vlsp';

const fixtures = new URL('../../tests/fixtures/vlsp/', import.meta.url);
const read = (name: string) => readVlsp(readFileSync(new URL(name, fixtures), 'utf8'));

describe('VLSP reader', () => {
  it('removes nested tags and keeps each span at its offsets in the remaining text', () => {
    const doc = read('a.muc');
    expect(doc.text).not.toContain('<');
    expect(doc.text.startsWith('Thứ trưởng Bộ GTVT Nguyễn Ngọc Đông làm việc')).toBe(true);
    expect(doc.spans.map((s) => [s.type, s.text, s.parent])).toEqual([
      ['ORGANIZATION', 'Bộ GTVT', undefined],
      ['PERSON', 'Nguyễn Ngọc Đông', undefined],
      ['ORGANIZATION', 'Trường THPT Lê Lợi', undefined],
      ['PERSON', 'Lê Lợi', 'ORGANIZATION'],
      ['PERSON', 'Đông', undefined],
    ]);
    for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('drops a byte-order mark, keeps CRLF text and reads .txt files in subfolders', () => {
    const doc = read('sub/b.txt');
    expect(doc.text.startsWith('Cô Lan\r\n')).toBe(true);
    expect(doc.spans).toEqual([{ start: 3, end: 6, type: 'PERSON', text: 'Lan' }]);
    const files = filesIn(new URL('.', fixtures).pathname).map((f) => f.split('/vlsp/')[1]);
    expect(files).toEqual(['a.muc', 'sub/b.txt']);
  });

  it('survives a stray closing tag and an unclosed one', () => {
    const doc = readVlsp('a</ENAMEX> <ENAMEX TYPE="PERSON">Lan</ENAMEX> <enamex type=LOCATION>Huế');
    expect(doc.text).toBe('a Lan Huế');
    expect(doc.spans.map((s) => s.text)).toEqual(['Lan']);
  });
});

describe('eval metrics', () => {
  const doc = read('a.muc');
  const at = (text: string, from = 0): PredictedMention => {
    const start = doc.text.indexOf(text, from);
    return { start, end: start + text.length, text, kind: 'person' };
  };
  const names = new Set([foldPhrase('Nguyễn Ngọc Đông'), foldPhrase('Lê Lợi')]);

  it('tells a title before a name from a bare honorific', () => {
    const [, dong, , , short] = doc.spans;
    expect(followsTitle(doc, dong!)).toBe(true);
    expect(followsTitle(doc, short!)).toBe(false);
    const plain = readVlsp('Hôm nay <ENAMEX TYPE="PERSON">Nguyễn Văn A</ENAMEX> đến.');
    expect(followsTitle(plain, plain.spans[0]!)).toBe(false);
    const rank = readVlsp('Thiếu tướng <ENAMEX TYPE="PERSON">Trần Văn B</ENAMEX> nói.');
    expect(followsTitle(rank, rank.spans[0]!)).toBe(true);
    const sentence = readVlsp('Ông là Bộ trưởng. <ENAMEX TYPE="PERSON">Trần Văn B</ENAMEX> nói.');
    expect(followsTitle(sentence, sentence.spans[0]!)).toBe(false);
  });

  it('counts exact spans only, and leaves names inside schools out of recall', () => {
    const perfect = evaluate(
      [{ name: 'a', gold: doc, predicted: [at('Nguyễn Ngọc Đông'), at('Đông', 60)] }],
      names,
    );
    expect(perfect.personPrecision).toEqual({ hit: 2, total: 2 });
    expect(perfect.fullNameRecall).toEqual({ hit: 1, total: 1 });
    expect(perfect.shortReferenceRecall).toEqual({ hit: 1, total: 1 });
    expect(perfect.titledRecall).toEqual({ hit: 1, total: 1 });
    expect(perfect.nestedPersons).toBe(1);

    const wide = { ...at('Bộ GTVT Nguyễn Ngọc Đông'), text: 'Bộ GTVT Nguyễn Ngọc Đông' };
    const body: PredictedMention = { ...at('Bộ GTVT'), kind: 'body' };
    const poor = evaluate([{ name: 'a', gold: doc, predicted: [wide, body] }], names);
    expect(poor.personPrecision).toEqual({ hit: 0, total: 1 });
    expect(poor.falsePositives).toEqual([['Bộ GTVT Nguyễn Ngọc Đông [ORGANIZATION]', 1]]);
    expect(poor.fullNameRecall).toEqual({ hit: 0, total: 1 });
    expect(poor.misses).toContainEqual(['Nguyễn Ngọc Đông [dataset,titled]', 1]);
    expect(poor.bodyPrecision).toEqual({ hit: 1, total: 1 });
  });
});
