// The search benchmark (bench/README.md "Search"): gazette's search page
// against Pagefind on the same built archive, in Debian's Chromium.
//
//   node bench/search/search-bench.mjs --out DIR --content DIR [--pagefind DIR]
//        [--queries 100] [--recall 200] [--seed 20230720]
//
// --out      the archive as gazette built it (its /search/ index included)
// --content  the archive's content/ (the Markdown phrases are drawn from and
//            results are checked against)
// --pagefind Pagefind's index of the same pages (pagefind --site OUT
//            --output-path DIR), when it could be built
//
// For --queries phrases drawn at random from article bodies (2 to 8 Chinese
// characters), each in a new browser context (a cold cache): the time from
// pressing Enter on gazette's search page to the results shown, and the
// bytes the query downloaded (what came after the page itself loaded); for
// Pagefind, the bytes of pagefind.search() and the first 10 results' data
// (its own UI shows 5 at first). Then --recall phrases: each must find its
// article, and exactly as many articles as a substring scan of the Markdown.
// Prints a summary and writes the figures as JSON to stdout's last line.
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: opt } = parseArgs({
  options: {
    out: { type: 'string' }, content: { type: 'string' }, pagefind: { type: 'string' },
    queries: { type: 'string', default: '100' }, recall: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20230720' },
  },
});
if (!opt.out || !opt.content) {
  console.error('usage: search-bench.mjs --out DIR --content DIR [--pagefind DIR] [--queries N] [--recall N]');
  process.exit(2);
}
const { chromium } = await import(path.join(here, 'node_modules/playwright-core/index.mjs'));
// The same plain reading of the Markdown as the browser tests' (a substring scan's truth).
const { readArticles } = await import(path.join(here, '../../tests/browser/support/archive.mjs'));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---- A static server: the built archive at /, Pagefind's index at /pagefind/ ----
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.wasm': 'application/wasm' };
function serve(root, pagefindDir) {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p === '/__bench/pagefind.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><script type="module">' +
              'window.pf = await import("/pagefind/pagefind.js"); window.ready = true;</script>');
      return;
    }
    let base = root;
    if (p.startsWith('/pagefind/') && pagefindDir) { base = pagefindDir; p = p.slice('/pagefind'.length); }
    let file = path.join(base, p);
    try { if (statSync(file).isDirectory()) file = path.join(file, 'index.html'); } catch {}
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream',
                           'content-length': body.length, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- Phrases ----
let seed = Number(opt.seed);
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
function phrase(articles) {
  for (;;) {
    const a = articles[rand(articles.length)];
    const runs = a.body.match(/\p{Script=Han}{2,}/gu) ?? [];
    if (!runs.length) continue;
    const chars = [...runs[rand(runs.length)]];
    const len = Math.min(chars.length, 2 + rand(7));
    const start = rand(chars.length - len + 1);
    return { q: chars.slice(start, start + len).join(''), article: a };
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

// The index bytes the page downloads from now on (not the page, its style
// or its script: only what `index` says is index data), for the caller to
// read later.
function countBytes(page, index) {
  const counter = { bytes: 0, requests: 0, pending: [] };
  page.on('requestfinished', (r) => {
    if (!index(new URL(r.url()).pathname)) return;
    // (A request may end as the page closes; its size is then unknown, not an error.)
    counter.pending.push(r.sizes().then((s) => { counter.bytes += s.responseBodySize; counter.requests++; }, () => {}));
  });
  return counter;
}
const gazetteIndex = (base) => (p) => p.startsWith(base + 'search/') && !p.endsWith('/index.html') && p !== base + 'search/';
const pagefindIndex = (p) => p.startsWith('/pagefind/') && !p.endsWith('.js') && !p.endsWith('.css');

async function gazetteQuery(browser, origin, base, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // Everything from here on counts, meta.json (fetched as the page loads) included.
    const counter = countBytes(page, gazetteIndex(base));
    await page.goto(origin + base + 'search/');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent);
    await page.waitForLoadState('networkidle');
    await page.fill('#q-search', q);
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const status = document.querySelector('.search-status');
      let t0 = 0;
      document.querySelector('form.search-main').addEventListener('submit', () => { t0 = performance.now(); }, { capture: true });
      new MutationObserver(() => {
        if (t0 && /找到|没有找到|出错/.test(status.textContent)) resolve(performance.now() - t0);
      }).observe(status, { childList: true, characterData: true, subtree: true });
      document.querySelector('#q-search').form.requestSubmit();
    }));
    await page.waitForLoadState('networkidle');
    await Promise.all(counter.pending);
    const status = await page.textContent('.search-status');
    return { ms, bytes: counter.bytes, requests: counter.requests, status };
  } finally {
    await context.close();
  }
}

async function pagefindQuery(browser, origin, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const counter = countBytes(page, pagefindIndex);
    await page.goto(origin + '/__bench/pagefind.html');
    await page.waitForFunction(() => window.ready);
    const r = await page.evaluate(async (q) => {
      const t0 = performance.now();
      const found = await window.pf.search(q);
      await Promise.all(found.results.slice(0, 10).map((x) => x.data()));
      return { ms: performance.now() - t0, count: found.results.length };
    }, q);
    await page.waitForLoadState('networkidle');
    await Promise.all(counter.pending);
    return { ...r, bytes: counter.bytes, requests: counter.requests };
  } finally {
    await context.close();
  }
}

// ---- Main ----
const articles = readArticles(path.resolve(opt.content));
const meta = JSON.parse(readFileSync(path.join(opt.out, 'search/meta.json'), 'utf8'));
const indexHtml = readFileSync(path.join(opt.out, 'search/index.html'), 'utf8');
const base = /data-index="([^"]*)search\/"/.exec(indexHtml)?.[1] ?? '/';
const server = await serve(path.resolve(opt.out), opt.pagefind && path.resolve(opt.pagefind));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const result = { articles: articles.length, segments: meta.segments.length };
try {
  const queries = Array.from({ length: Number(opt.queries) }, () => phrase(articles));
  const g = [], p = [];
  for (const { q } of queries) {
    g.push(await gazetteQuery(browser, origin, base, q));
    if (opt.pagefind) p.push(await pagefindQuery(browser, origin, q));
  }
  result.gazette = { median_ms: median(g.map((x) => x.ms)), median_bytes: median(g.map((x) => x.bytes)),
                     median_requests: median(g.map((x) => x.requests)), max_ms: Math.max(...g.map((x) => x.ms)) };
  if (p.length) {
    result.pagefind = { median_ms: median(p.map((x) => x.ms)), median_bytes: median(p.map((x) => x.bytes)),
                        median_requests: median(p.map((x) => x.requests)) };
    result.bytes_no_larger = g.filter((x, i) => x.bytes <= p[i].bytes).length;
  }
  console.error(`gazette: query median ${result.gazette.median_ms.toFixed(0)} ms (max ${result.gazette.max_ms.toFixed(0)}), ` +
                `${(result.gazette.median_bytes / 1024).toFixed(1)} KiB in ${result.gazette.median_requests} requests`);
  if (result.pagefind) {
    console.error(`Pagefind: query median ${result.pagefind.median_ms.toFixed(0)} ms, ` +
                  `${(result.pagefind.median_bytes / 1024).toFixed(1)} KiB in ${result.pagefind.median_requests} requests; ` +
                  `gazette downloaded no more than Pagefind for ${result.bytes_no_larger} of ${g.length} queries`);
  }

  // Recall, against a substring scan of the Markdown.
  const context = await browser.newContext();
  const page = await context.newPage();
  let found = 0, exact = 0;
  const misses = [];
  for (let k = 0; k < Number(opt.recall); k++) {
    const { q, article } = phrase(articles);
    const expected = articles.filter((a) => a.text.includes(q)).length;
    await page.goto(origin + base + 'search/?q=' + encodeURIComponent(q));
    await page.waitForFunction(() => /找到|没有找到|出错/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const status = await page.textContent('.search-status');
    const count = Number(/找到 (\d+) 篇/.exec(status)?.[1] ?? 0);
    if (count === expected) exact++;
    // The article itself, on the first pages of results.
    let hit = false;
    for (let pageNo = 1; pageNo <= 5 && !hit; pageNo++) {
      if (pageNo > 1) {
        if (!(await page.isVisible('.search-pager .next'))) break;
        await page.goto(origin + base + 'search/?q=' + encodeURIComponent(q) + '&p=' + pageNo);
        await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
      }
      const urls = await page.$$eval('.search-results h2 a', (as) => as.map((a) => new URL(a.href).pathname));
      hit = urls.some((u) => u.endsWith(article.path));
    }
    if (hit || count === expected) found++; else misses.push(q);
    if (count !== expected) misses.push(`${q}: ${count} results, ${expected} in the Markdown`);
  }
  await context.close();
  result.recall = { phrases: Number(opt.recall), found, exact_count: exact, misses: misses.slice(0, 10) };
  console.error(`recall: ${found}/${opt.recall} phrases found their article; ${exact}/${opt.recall} gave exactly the substring scan's count` +
                (misses.length ? `; misses: ${misses.slice(0, 5).join(', ')}` : ''));
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result));
