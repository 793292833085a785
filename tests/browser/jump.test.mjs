// A reader meets an article that the printed page continued on another page:
// two raw pages are imported (page 2 first: either order must do), the site is
// built and served, and the reader clicks from the edition to the article.
// There the two parts read as one text — the sentence the jump cut is whole,
// the printed "（下转第2版）" / "（上接第1版）" are in the page but hidden — and
// the article says where it goes on; the part on page 2 is no article of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BASE_PATH, CHROMIUM, CHROMIUM_ARGS, DESK, checkPrerequisites, serve } from './support/site.mjs';

const PAGE1 = '老旧小区改造提速\n\n本报讯（记者 王芳）今年全区老旧小区改造工作进展顺利，已完工小区32个。\n\n' +
  '下一步，区住建局将继续推动\n\n（下转第2版）\n\n图书馆新馆开放\n\n本报讯（记者 李强）区图书馆新馆昨日开放。\n';
const PAGE2 = '小区改造（续）\n\n（上接第1版）\n\n改造工作向纵深发展，确保年底前全部完工。\n\n' +
  '区医院开展义诊\n\n本报讯（记者 赵六）区医院昨日开展义诊活动。\n';

let tmp;
let server;
let browser;
const problems = [];

function gazette(args) {
  const r = spawnSync(process.env.GAZETTE_BIN, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`gazette ${args[0]} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

before(async () => {
  checkPrerequisites();
  const { chromium } = await import('playwright-core');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-jump-'));
  const site = path.join(tmp, 'site');
  mkdirSync(site);
  writeFileSync(path.join(site, 'site.yml'), 'title: 平城报\nlanguage: zh-CN\n');
  writeFileSync(path.join(tmp, 'p1.txt'), PAGE1);
  writeFileSync(path.join(tmp, 'p2.txt'), PAGE2);
  const common = ['--date', '2023-12-05', '--site', site];
  gazette(['import', path.join(tmp, 'p2.txt'), '--page', '2', '--page-name', '要闻', ...common]);
  gazette(['import', path.join(tmp, 'p1.txt'), '--page', '1', '--page-name', '头版', ...common]);
  const out = path.join(tmp, 'out');
  server = await serve(out);
  gazette(['build', '--site', site, '--out', out, '--base-url', server.origin + BASE_PATH, '--quiet']);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the parts of a jumped article read as one, the jump notes hidden', async () => {
  const context = await browser.newContext({ viewport: DESK });
  const page = await context.newPage();
  // (Not the favicon the browser asks for by itself: the theme has none.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.origin}${BASE_PATH}2023/12/05/`);
  const links = page.locator('main a', { hasText: /改造/ });
  assert.equal(await links.count(), 1, 'the edition lists the jumped article once, the part on page 2 not at all');
  await links.first().click();
  await page.waitForLoadState('load');
  const body = page.locator('article');
  const text = (await body.innerText()).replace(/\s+/g, '');
  assert.ok(text.includes('下一步，区住建局将继续推动改造工作向纵深发展'), `the cut sentence reads whole: ${text}`);
  assert.ok(!text.includes('下转') && !text.includes('上接'), 'the printed jump notes are not shown');
  const notes = page.locator('article .jump');
  assert.equal(await notes.count(), 2, 'the jump notes are kept in the page, marked');
  for (const n of await notes.all()) assert.equal(await n.evaluate((e) => getComputedStyle(e).display), 'none');
  assert.match(await page.locator('.crumbs').innerText(), /转第2版/);
  assert.deepEqual(problems, []);
  await context.close();
});
