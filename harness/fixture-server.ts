/** Serves the fixture pages on 127.0.0.1 only: the end-to-end tests never reach past localhost. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { LONG_ARTICLE_PATH, longArticleHtml } from './long-article';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url: (path: string) => string;
  /** Every path the browser asked for, in order. */
  requested: string[];
  close: () => Promise<void>;
}

export async function startFixtureServer(root: string = FIXTURE_PAGES, port = 0): Promise<FixtureServer> {
  const requested: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    requested.push(path);
    if (path === LONG_ARTICLE_PATH) {
      const seed = await readFile(join(FIXTURE_PAGES, 'seed-article.html'), 'utf8');
      res
        .writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' })
        .end(longArticleHtml(seed, { watch: url.searchParams.has('watch'), minWords: Number(url.searchParams.get('words')) || undefined }));
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    requested,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
