/**
 * The command-line tool as a user runs it: a child process, real files, real dataset.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = new URL('./ai-la-ai.ts', import.meta.url).pathname;
const SEED = new URL('../tests/fixtures/seeds/kinhtetrunguong-2020-07-17.txt', import.meta.url)
  .pathname;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], {
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ai-la-ai-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const stderrLines = (s: string) =>
  s.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

describe('ai-la-ai annotate', () => {
  it('prints one JSON object per mention with offsets into the file text', async () => {
    const { code, stdout } = await cli('annotate', SEED, '--json', '--date', '2020-07-17');
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(SEED, 'utf8');
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.file).toBe(SEED);
      expect(text.slice(row.start, row.end)).toBe(row.text);
      expect(['person', 'title', 'body']).toContain(row.kind);
      expect(typeof row.confidence).toBe('number');
    }
    const names = new Set(rows.filter((r) => r.kind === 'person').map((r) => r.name));
    expect(names).toEqual(
      new Set(['Nguyễn Văn Bình', 'Hoàng Bình Quân', 'Cao Đức Phát', 'Nguyễn Huy Tăng']),
    );
  }, 30_000);

  it('reads .html as the document text content, offsets in UTF-16 of that text', async () => {
    const html = file(
      'page.html',
      '<!doctype html><html><head><title>Tin</title></head><body><p>Phó Thủ tướng <b>Phạm</b> Bình Minh &amp; Bộ Ngoại giao 😀 ông Hoàng Bình Quân.</p></body></html>',
    );
    const { code, stdout } = await cli('annotate', html, '--json');
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const text = 'TinPhó Thủ tướng Phạm Bình Minh & Bộ Ngoại giao 😀 ông Hoàng Bình Quân.';
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
    expect(rows.filter((r) => r.kind === 'person').map((r) => r.text)).toEqual([
      'Phạm Bình Minh',
      'Hoàng Bình Quân',
    ]);
  }, 30_000);

  it('reads the article date from the page, and --date overrides it', async () => {
    const html = file(
      'dated.html',
      '<html><head><meta property="article:published_time" content="2020-07-17T09:00:00+07:00"></head>' +
        '<body><p>Đồng chí Nguyễn Văn Bình phát biểu.</p></body></html>',
    );
    const fromPage = await cli('annotate', html);
    expect(fromPage.stdout).toContain('(article date 2020-07-17)');
    const dateline = file('dateline.txt', 'Thứ ba, 13/12/2016 | 14:16 GMT+7\nÔng Phạm Bình Minh');
    expect((await cli('annotate', dateline)).stdout).toContain('(article date 2016-12-13)');
    const overridden = await cli('annotate', html, '--date', '2013-01-01');
    expect(overridden.stdout).toContain('(article date 2013-01-01)');
  }, 30_000);

  it('gives each linked person their post on the date, bare titles their holder, short references', async () => {
    const page = file(
      'posts.txt',
      'Thủ tướng Nguyễn Xuân Phúc tiếp nguyên Thủ tướng Nguyễn Tấn Dũng. ' +
        'Tổng Bí thư gửi thư chúc mừng. Ông Phúc cảm ơn.',
    );
    const { code, stdout } = await cli('annotate', page, '--json', '--date', '2020-07-17');
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const linked = rows.filter((r) => r.kind === 'person' && r.id);
    expect(linked.map((r) => [r.text, r.id, r.post?.title ?? null])).toEqual([
      ['Nguyễn Xuân Phúc', 'nguyen-xuan-phuc-1954', 'Thủ tướng'],
      ['Nguyễn Tấn Dũng', 'nguyen-tan-dung-1949', null],
      ['Phúc', 'nguyen-xuan-phuc-1954', 'Thủ tướng'],
    ]);
    // Every linked person carries `post`, null included.
    for (const row of linked) expect(row).toHaveProperty('post');
    expect(linked[0].post).toMatchObject({
      body: 'Chính phủ',
      start: '2016-04-07',
      end: '2021-04-05',
    });
    expect(linked[1]).toMatchObject({ post: null, modifiers: ['nguyên'] });
    expect(linked[2]).toMatchObject({ because: 'short-reference' });
    const general = rows.find((r) => r.kind === 'title' && r.text === 'Tổng Bí thư');
    expect(general.holder).toEqual({ id: 'nguyen-phu-trong-1944', name: 'Nguyễn Phú Trọng' });
    const former = rows.find((r) => r.kind === 'title' && r.text === 'nguyên Thủ tướng');
    expect(former.holder).toBeUndefined();
    const readable = await cli('annotate', page, '--date', '2020-07-17');
    expect(readable.stdout).toContain('[held by Nguyễn Phú Trọng on this date]');
    expect(readable.stdout).toContain('[on this date: no post known]');
  }, 60_000);

  it('prints a readable list without --json', async () => {
    const { code, stdout } = await cli('annotate', SEED, '--date', '2020-07-17');
    expect(code).toBe(0);
    expect(stdout).toContain('Nguyễn Huy Tăng  [not in dataset]');
    expect(stdout).toMatch(/person\s+Cao Đức Phát/);
  }, 30_000);

  it('gives one clear line and a non-zero exit for bad input, never a stack trace', async () => {
    const binary = file('garbage.txt', Buffer.from([0x00, 0xff, 0xfe, 0x81, 0x00, 0x12]));
    const unreadable = file('secret.txt', 'Phạm Bình Minh');
    chmodSync(unreadable, 0o000);
    const cases: [string[], RegExp][] = [
      [['annotate', join(dir, 'missing.txt')], /missing\.txt: no such file/],
      [['annotate', binary], /garbage\.txt: not UTF-8 text|binary/],
      [['annotate', dir], /is a directory/],
      [['annotate', file('notes.pdf', 'x')], /only \.txt and \.html/],
      [['annotate', SEED, '--date', '17/07/2020'], /--date needs a date as YYYY-MM-DD/],
      [['frobnicate'], /unknown command/],
      [['annotate'], /at least one FILE/],
    ];
    if (process.getuid?.() !== 0) cases.push([['annotate', unreadable], /permission denied/]);
    for (const [args, message] of cases) {
      const { code, stderr } = await cli(...args);
      expect(code, args.join(' ')).not.toBe(0);
      const lines = stderrLines(stderr);
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0], args.join(' ')).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
