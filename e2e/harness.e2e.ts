/**
 * Checks of the e2e harness itself that need no browser: the fixture server and the
 * fixtures' conventions (every seed page states what the specs should find).
 */
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { FIXTURES_DIR } from './support/settings';

function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(new URL(url), { path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('serves fixtures from 127.0.0.1 as UTF-8 HTML', async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.baseUrl, '/seed-vietnamplus.html');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Phạm Bình Minh');
  });

  it('answers 404 for missing files and refuses paths outside the fixtures', async () => {
    expect((await get(server.baseUrl, '/nope.html')).status).toBe(404);
    expect((await get(server.baseUrl, '/..%2f..%2fpackage.json')).status).toBe(403);
  });
});

describe.each(readdirSync(FIXTURES_DIR).filter((file) => file.endsWith('.html')))(
  'fixture %s',
  (file) => {
    const html = readFileSync(join(FIXTURES_DIR, file), 'utf8');

    it('declares UTF-8, a publication date and the people it expects', () => {
      expect(html).toMatch(/<meta charset="utf-8"/i);
      expect(html).toMatch(/<meta property="article:published_time" content="\d{4}-\d{2}-\d{2}/);
      expect(html).toMatch(/<body[^>]*\sdata-expected-people="[^"]+"/);
      expect(html).toMatch(/<body[^>]*\sdata-expected-terms="[^"]+"/);
      expect(html).toMatch(/<body[^>]*\sdata-hover-person="[^"]+"/);
    });
  },
);
