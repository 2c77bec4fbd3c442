import { createServer } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR } from './settings';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface FixtureServer {
  /** `http://127.0.0.1:PORT/` */
  readonly baseUrl: string;
  /** Absolute URL of a file under the served directory, e.g. `url('seed-vietnamplus.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `root` (default `e2e/fixtures/`) on 127.0.0.1 at a free port. GET and HEAD only, no listings. */
export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const file = normalize(
        join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname),
      );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/`;
  return {
    baseUrl,
    url: (path) => new URL(path, baseUrl).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Starts the fixture server before a spec file's tests and closes it after; the returned
 * function gives the running server (throws if it did not start).
 */
export function useFixtureServer(): () => FixtureServer {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the fixture server did not start');
    return server;
  };
}
