// An editor previews with `gazette serve`: three pages are open in the browser
// (an article, its edition, an article of another day). The editor changes the
// article's title: the article's page reloads with it at once, the edition's
// page follows with the new title in its list, and the unrelated page is left
// alone (a reader scrolled halfway down it keeps their place). Then a change
// that moves an article (a new tag) reloads every open page.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { CHROMIUM, CHROMIUM_ARGS, DESK, checkPrerequisites } from './support/site.mjs';

let tmp;
let site;
let serveProcess;
let origin;
let browser;
let serveLog = '';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function write(rel, text) {
  const file = path.join(site, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function waitFor(what, check, ms = 20000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch { /* not up yet */ }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; gazette serve said:\n${serveLog}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  checkPrerequisites();
  const { chromium } = await import('playwright-core');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-serve-'));
  site = path.join(tmp, 'site');
  write('site.yml', 'title: 平城报\nlanguage: zh-CN\n');
  write('content/2023/12/05/gai-zao.md',
    '---\ntitle: 老旧小区改造提速\npage: 1\norder: 1\ntags: [城市建设]\n---\n' +
    '本报讯（记者 王芳）今年全区老旧小区改造工作进展顺利，已完工小区32个。\n');
  write('content/2023/12/05/tu-shu-guan.md',
    '---\ntitle: 图书馆新馆开放\npage: 1\norder: 2\ntags: [文化]\n---\n本报讯（记者 李强）区图书馆新馆昨日开放。\n');
  write('content/2023/12/04/yi-zhen.md',
    '---\ntitle: 区医院开展义诊\npage: 1\ntags: [卫生]\n---\n本报讯（记者 赵六）区医院昨日开展义诊活动。\n');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  serveProcess = spawn(process.env.GAZETTE_BIN, ['serve', '--site', site, '--port', String(port)]);
  serveProcess.stderr.on('data', (d) => { serveLog += d; });
  await waitFor('gazette serve to answer', async () => (await fetch(`${origin}/`)).ok);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  serveProcess?.kill('SIGINT');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// Opens `url` in a page of its own, marked so that a reload shows (the mark
// is gone) and counting its loads.
async function open(context, url, problems) {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) problems.push(`${url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  const state = { page, loads: 0 };
  page.on('load', () => { state.loads += 1; });
  // The reload script's event stream is open before anything is edited.
  const stream = page.waitForResponse((r) => r.url().endsWith('/__gazette/events'));
  await page.goto(`${origin}${url}`);
  await stream;
  await page.evaluate(() => { window.__notReloaded = true; });
  return state;
}

const reloaded = (state) => state.page.evaluate(() => window.__notReloaded !== true);

test('an edit reloads the pages that show it, and only those', async () => {
  const problems = [];
  const context = await browser.newContext({ viewport: DESK });
  const article = await open(context, '/2023/12/05/gai-zao/', problems);
  const edition = await open(context, '/2023/12/05/', problems);
  const other = await open(context, '/2023/12/04/yi-zhen/', problems);
  assert.match(await article.page.locator('h1').first().innerText(), /老旧小区改造提速/);

  const file = path.join(site, 'content/2023/12/05/gai-zao.md');
  const saved = Date.now();
  writeFileSync(file, readFileSync(file, 'utf8').replace('老旧小区改造提速', '老旧小区改造全面提速'));
  await waitFor('the article page to show the new title', async () =>
    /老旧小区改造全面提速/.test(await article.page.locator('h1').first().innerText()));
  const shown = Date.now() - saved;
  await waitFor('the edition page to list the new title', async () =>
    (await edition.page.locator('main').innerText()).includes('老旧小区改造全面提速'));
  // Give any late event time to arrive before checking nothing else reloaded.
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await reloaded(other), false, 'a page the edit does not touch is not reloaded');
  assert.equal(article.loads, 2, 'the article page reloads once (not again when the rest is published)');
  assert.equal(edition.loads, 2, 'the edition page reloads once');
  assert.ok(shown < 10000, `shown ${shown} ms after saving`);

  // A new tag moves the article into another list: a whole build, every page reloads.
  writeFileSync(file, readFileSync(file, 'utf8').replace('tags: [城市建设]', 'tags: [城市建设, 民生]'));
  await waitFor('every open page to reload', async () =>
    (await reloaded(other)) && other.loads >= 2);
  assert.match(await article.page.locator('main').innerText(), /民生/);
  assert.deepEqual(problems, []);
  await context.close();
});
