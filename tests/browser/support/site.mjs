// What every browser test shares: it checks that the tools are there, builds
// the sample site with the gazette binary under test (GAZETTE_BIN) into a
// temporary folder, serves it under the non-root base path /paper/ with a tiny
// static file server, and drives Debian's Chromium through playwright-core.
// Nothing here knows the sample's content: pages are found by the kind their
// <body class="kind-…"> names, so the tests hold on any archive built with the
// default theme.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const browserDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The site to build: the repository root (its site.yml, content/ and themes/default/). */
export const siteDir = path.resolve(process.env.GAZETTE_SOURCE_DIR ?? path.join(browserDir, '../..'));
export const BASE_PATH = '/paper/';
export const CHROMIUM = '/usr/bin/chromium';
// Debian's Chromium, headless, with every background connection off: the
// machines' network reaches package registries only.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const DESK = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };
export const axePath = path.join(browserDir, 'node_modules/axe-core/axe.min.js');
const playwrightDir = path.join(browserDir, 'node_modules/playwright-core');

/** Throws, saying what to do, when something the browser tests need is missing. */
export function checkPrerequisites() {
  const problems = [];
  const bin = process.env.GAZETTE_BIN;
  if (!bin) {
    problems.push('GAZETTE_BIN is not set: CTest sets it to the gazette binary; by hand run ' +
                  'GAZETTE_BIN=build/release/gazette node --test tests/browser/');
  } else if (!existsSync(bin)) {
    problems.push(`GAZETTE_BIN=${bin} does not exist: build gazette first`);
  }
  if (!existsSync(CHROMIUM)) problems.push(`${CHROMIUM} is missing: run scripts/install-deps`);
  if (!existsSync(playwrightDir) || !existsSync(axePath)) {
    problems.push('tests/browser/node_modules (playwright-core, axe-core) is missing: run scripts/install-deps');
  }
  if (problems.length) throw new Error('the browser tests cannot run:\n  ' + problems.join('\n  '));
}

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

function isFile(p) {
  try { return statSync(p).isFile(); } catch { return false; }
}
function isDir(p) {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

/**
 * Serves `root` under BASE_PATH on 127.0.0.1 (a free port): `dir/` is
 * `dir/index.html`, `dir` redirects to `dir/`, anything else is 404.html with
 * status 404. Resolves to { origin, close() }.
 */
export function serve(root) {
  const server = http.createServer((req, res) => {
    const send = (status, file, headers = {}) => {
      const body = file ? readFileSync(file) : Buffer.from(`${status}\n`);
      res.writeHead(status, {
        'content-type': file ? (types[path.extname(file)] ?? 'application/octet-stream') : 'text/plain',
        'content-length': body.length, 'cache-control': 'no-store', ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => send(404, isFile(path.join(root, '404.html')) ? path.join(root, '404.html') : null);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null);
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, null);
    }
    if (!urlPath.startsWith(BASE_PATH)) return notFound();
    const rel = urlPath.slice(BASE_PATH.length);
    const file = path.resolve(root, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    if (isFile(file)) return send(200, file);
    if (!rel.endsWith('/') && isDir(file) && isFile(path.join(file, 'index.html'))) {
      return send(301, null, { location: urlPath + '/' });
    }
    return notFound();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

/** Builds the site into `out` with the gazette binary under test; throws with its output on failure. */
export function buildSite(out, baseUrl) {
  const r = spawnSync(process.env.GAZETTE_BIN,
    ['build', '--site', siteDir, '--out', out, '--base-url', baseUrl, '--no-cache', '--quiet'],
    { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`gazette build failed (${r.status}):\n${r.stdout}${r.stderr}`);
}

function htmlFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(p, out);
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/**
 * Every built page, as { kind, url (path under the server), file, html }, in
 * URL order. The 404 page's url is a path that does not exist, so the server
 * answers it with 404.html as a real server would.
 */
export function builtPages(out) {
  const pages = [];
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    const kind = /<body[^>]*\bclass="[^"]*\bkind-([\w-]+)/.exec(html)?.[1];
    if (!kind) continue;
    let rel = path.relative(out, file).split(path.sep).join('/');
    if (kind === '404') rel = 'no-such-page-gazette-test/';
    else if (rel === 'index.html') rel = '';
    else if (rel.endsWith('/index.html')) rel = rel.slice(0, -'index.html'.length);
    pages.push({ kind, url: BASE_PATH + rel, file, html });
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * One page of each kind the reader meets, by name: home, year, month, edition,
 * article, taxonomy, term, term-page-2 (when a term has a second page), page
 * (standalone), 404. The article is the richest one (most of kicker, subtitle,
 * photo, table, tags), so the screenshots show what the theme does.
 */
export function pageKinds(pages) {
  const first = (pred) => pages.find(pred);
  const richness = (p) => ['class="kicker"', 'class="subtitle"', '<figure', '<table', 'rel="tag"', 'rel="author"']
    .filter((s) => p.html.includes(s)).length;
  const articles = pages.filter((p) => p.kind === 'article');
  const kinds = {
    home: first((p) => p.kind === 'home'),
    year: first((p) => p.kind === 'year'),
    month: first((p) => p.kind === 'month'),
    edition: first((p) => p.kind === 'edition'),
    article: articles.reduce((best, p) => (!best || richness(p) > richness(best) ? p : best), undefined),
    taxonomy: first((p) => p.kind === 'taxonomy'),
    term: first((p) => p.kind === 'term' && !p.url.includes('/page/')),
    'term-page-2': first((p) => p.kind === 'term' && /\/page\/2\/$/.test(p.url)),
    page: first((p) => p.kind === 'page'),
    404: first((p) => p.kind === '404'),
    search: searchResults(pages, articles),
  };
  for (const [name, p] of Object.entries(kinds)) if (!p) delete kinds[name];
  return kinds;
}

/**
 * The search page with results: a query of the first two characters of the
 * first article's headline, so the page shows what a reader sees after searching.
 */
function searchResults(pages, articles) {
  const search = pages.find((p) => p.kind === 'search');
  const headline = articles.map((p) => /<h1>([^<]*)<\/h1>/.exec(p.html)?.[1] ?? '')
    .map((h) => (h.match(/\p{Script=Han}/gu) ?? []).slice(0, 2).join('')).find((q) => q.length > 1);
  if (!search || !headline) return search;
  return { ...search, url: search.url + '?q=' + encodeURIComponent(headline) };
}

/** Waits until a page's own script is done: the search page until its results show. */
export async function settled(page) {
  if (await page.$('#search')) {
    await page.waitForFunction(() => {
      const s = document.querySelector('.search-status')?.textContent ?? '';
      return s && !s.includes('正在搜索');
    });
  }
}

/** Names of the page kinds every archive has (term-page-2 and page depend on the content). */
export const REQUIRED_KINDS = ['home', 'year', 'month', 'edition', 'article', 'taxonomy', 'term', '404', 'search'];

/**
 * Checks the prerequisites, serves a temporary folder, builds the site into it
 * for that server's address and launches Chromium. Returns
 * { origin, base, out, pages, kinds, browser, close() }.
 */
export async function startSite() {
  checkPrerequisites();
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-browser-'));
  const out = path.join(tmp, 'site');
  let server;
  let browser;
  try {
    server = await serve(out);
    buildSite(out, server.origin + BASE_PATH);
    const pages = builtPages(out);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    return {
      origin: server.origin, base: server.origin + BASE_PATH, out, pages, kinds: pageKinds(pages), browser,
      async close() {
        await browser.close();
        await server.close();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Where screenshots go: $GAZETTE_SHOTS_DIR, else build/browser-shots/ under the site (git-ignored). */
export function shotsDir() {
  return path.resolve(process.env.GAZETTE_SHOTS_DIR ?? path.join(siteDir, 'build/browser-shots'));
}
