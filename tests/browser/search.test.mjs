// The search page as a reader uses it, checked against the Markdown itself:
// a phrase from the middle of an article finds that article first, marked; a
// two-character name finds exactly the articles a plain substring scan of
// the Markdown finds; a phrase that occurs nowhere says so; the query lives
// in the URL (Back works); without JavaScript the page says what to do.
// Nothing here names the sample's content: names and phrases are drawn from
// the Markdown files of whatever archive is built.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { readArticles } from './support/archive.mjs';
import { BASE_PATH, DESK, siteDir, startSite } from './support/site.mjs';

let site;
let page;
before(async () => {
  site = await startSite();
  page = await site.browser.newPage({ viewport: DESK });
});
after(async () => {
  await page?.close();
  await site?.close();
});

// ---- The archive's Markdown, read plainly ----

const HAN = /^\p{Script=Han}+$/u;

/** Every published article, with `url` its address on the test server. */
function articles() {
  return readArticles(path.join(siteDir, 'content')).map((a) => ({ ...a, url: BASE_PATH + a.path.slice(1) }));
}

// ---- The page ----

async function search(q) {
  await page.goto(site.base + 'search/?q=' + encodeURIComponent(q));
  return results();
}

/** Waits for the search to finish; returns { status, urls (this page), marks }. */
async function results() {
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-status')?.textContent ?? '';
    return s && !s.includes('正在搜索');
  });
  return page.evaluate(() => ({
    status: document.querySelector('.search-status').textContent,
    urls: [...document.querySelectorAll('.search-results h2 a')].map((a) => new URL(a.href).pathname),
    marks: [...document.querySelectorAll('.search-results li')].map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent)),
  }));
}

/** Every result URL over all result pages, following the pager. */
async function allResults(q) {
  let r = await search(q);
  const urls = [...r.urls];
  const status = r.status;
  while (await page.isVisible('.search-pager .next')) {
    await page.click('.search-pager .next');
    await page.waitForFunction((n) => document.querySelector('.search-results').start > n, urls.length - 1);
    r = await results();
    urls.push(...r.urls);
  }
  return { status, urls };
}

test('search: a phrase from the middle of an article finds that article first, marked', async () => {
  const all = articles();
  // The longest run of Chinese characters in any body, and from its middle a
  // six-character phrase that no other article contains.
  let pick;
  for (const a of all) {
    for (const run of a.body.match(/\p{Script=Han}{12,}/gu) ?? []) {
      const chars = [...run];
      const phrase = chars.slice(Math.floor(chars.length / 2) - 3, Math.floor(chars.length / 2) + 3).join('');
      if (all.filter((b) => b.text.includes(phrase)).length === 1 && (!pick || chars.length > pick.len)) {
        pick = { a, phrase, len: chars.length };
      }
    }
  }
  assert.ok(pick, 'no article has a phrase of its own');
  const r = await search(pick.phrase);
  assert.equal(r.urls[0], pick.a.url, `"${pick.phrase}": first result ${r.urls[0]}, expected ${pick.a.url}`);
  assert.ok(r.marks[0].includes(pick.phrase), `"${pick.phrase}" is not marked in the snippet: ${JSON.stringify(r.marks[0])}`);
});

test('search: a two-character name finds exactly the articles that contain it', async () => {
  const all = articles();
  // Reporters' names (or their first two characters), the most frequent first.
  const counts = new Map();
  for (const a of all) {
    for (const name of a.authors) {
      const two = [...name].slice(0, 2).join('');
      if (HAN.test(two) && [...two].length === 2) counts.set(two, (counts.get(two) ?? 0) + 1);
    }
  }
  const names = [...counts].sort((x, y) => y[1] - x[1]).map(([n]) => n).slice(0, 3);
  assert.ok(names.length > 0, 'no two-character name in this archive');
  for (const name of names) {
    const expected = all.filter((a) => a.text.includes(name)).map((a) => a.url).sort();
    const { status, urls } = await allResults(name);
    assert.ok(status.includes(`找到 ${expected.length} 篇`), `"${name}": ${status} (the Markdown has ${expected.length})`);
    assert.deepEqual([...urls].sort(), expected, `"${name}": results differ from a substring scan of the Markdown`);
  }
});

test('search: random phrases from the bodies all find their article', async () => {
  const all = articles();
  let seed = 20230720;  // a fixed walk through the archive, the same every run
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const misses = [];
  for (let k = 0; k < 40; k++) {
    const a = all[next(all.length)];
    const runs = a.body.match(/\p{Script=Han}{2,}/gu) ?? [];
    if (!runs.length) continue;
    const chars = [...runs[next(runs.length)]];
    const len = Math.min(chars.length, 2 + next(7));
    const start = next(chars.length - len + 1);
    const phrase = chars.slice(start, start + len).join('');
    const { urls } = await allResults(phrase);
    if (!urls.includes(a.url)) misses.push(`"${phrase}" (${a.url})`);
    const expected = all.filter((b) => b.text.includes(phrase)).length;
    assert.equal(urls.length, expected, `"${phrase}": ${urls.length} results, the Markdown has ${expected}`);
  }
  assert.deepEqual(misses, []);
});

test('search: a phrase that occurs nowhere says so', async () => {
  const phrase = '这个短语不会出现在任何文章';
  assert.ok(!articles().some((a) => a.text.includes(phrase)));
  const r = await search(phrase);
  assert.deepEqual(r.urls, []);
  assert.ok(r.status.includes('没有找到'), r.status);
  assert.ok(r.status.includes(phrase), r.status);
});

test('search: the query is in the URL, so a result list can be shared and Back works', async () => {
  const [first, second] = articles().flatMap((a) => a.authors).filter((n, i, all) => all.indexOf(n) === i);
  assert.ok(first && second, 'this archive has fewer than two reporters');
  await page.goto(site.base + 'search/');
  await page.fill('#q-search', first);
  await page.press('#q-search', 'Enter');
  const one = await results();
  assert.equal(new URL(page.url()).searchParams.get('q'), first);
  await page.fill('#q-search', second);
  await page.press('#q-search', 'Enter');
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, second);
  await results();
  await page.goBack();
  await page.waitForFunction((q) => document.querySelector('#q-search').value === q, first);
  const back = await results();
  assert.deepEqual(back.urls, one.urls);
  // The masthead's search form on any page leads here with the query.
  await page.goto(site.base);
  await page.fill('.masthead .search-form input[name=q]', first);
  await page.press('.masthead .search-form input[name=q]', 'Enter');
  await page.waitForURL((u) => u.pathname === BASE_PATH + 'search/');
  assert.deepEqual((await results()).urls, one.urls);
});

test('search: without JavaScript the page says so and offers the other ways in', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: DESK });
  const p = await context.newPage();
  try {
    await p.goto(site.base + 'search/?q=' + encodeURIComponent('平城'));
    const text = await p.textContent('.search-noscript');
    assert.ok(text.includes('JavaScript'), text);
    const links = await p.$$eval('.search-noscript a', (as) => as.map((a) => new URL(a.href).pathname));
    assert.ok(links.includes(BASE_PATH + 'tags/'), links.join(' '));
    assert.ok(links.some((l) => /\/\d{4}\/$/.test(l)), 'no link to a year calendar: ' + links.join(' '));
  } finally {
    await context.close();
  }
});
