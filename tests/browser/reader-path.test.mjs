// A reader's path through the archive at desk width: home -> latest edition ->
// an article -> one of its tags -> one of its reporters -> the calendar (year,
// month) -> the day's edition; then an article's previous/next links and an
// edition's page anchors. Every step clicks a link the previous page showed and
// checks the page it lands on against what that link promised (its text, its
// date), never against strings of the sample archive.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DESK, startSite } from './support/site.mjs';

let site;
let context;
let page;
before(async () => {
  site = await startSite();
  context = await site.browser.newContext({ viewport: DESK });
  page = await context.newPage();
  // A script or style the Content-Security-Policy refused, or a script error.
  // (Not the favicon the browser asks for by itself: the theme has none.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) problems.push(`${page.url()}: ${m.text()} ${m.location().url ?? ''}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
});
const problems = [];
after(async () => {
  await context?.close();
  await site?.close();
});

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const h1Text = async () => norm(await page.locator('h1').first().innerText());
const kind = () => page.evaluate(() => /\bkind-([\w-]+)/.exec(document.body.className)?.[1]);
const pathOf = (url) => new URL(url, site.origin).pathname;
const exactly = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Every page the tests clicked their way to, for the test's diagnostics. */
let visited = [];

/** Clicks the link and waits for the page it points to; returns that URL. */
async function follow(link, what) {
  assert.equal(await link.count(), 1, `expected exactly one link: ${what}`);
  const href = await link.getAttribute('href');
  const target = new URL(href, page.url()).href;
  await link.click();
  await page.waitForURL(target);
  assert.equal(page.url(), target, what);
  visited.push(`${what}: ${pathOf(target)}${new URL(target).hash}`);
  return target;
}

/** The text of the first element matching selector, whitespace collapsed. */
const textOf = async (selector) => norm(await page.locator(selector).first().innerText());

/** What an article page shows about itself (the page must be loaded). */
async function readArticle() {
  return page.evaluate(() => {
    const links = (sel) => [...document.querySelectorAll(sel)].map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') }));
    return {
      tags: links('a[rel="tag"]'), authors: links('a[rel="author"]'),
      prev: links('.pager a[rel="prev"]')[0], next: links('.pager a[rel="next"]')[0],
      edition: links('.crumbs a')[0],
    };
  });
}

/**
 * Clicks the rel="next" link of a paginated list until the page lists a
 * headline linking to path; fails if no page does.
 */
async function pageListing(path, what) {
  for (;;) {
    if (await page.locator(`.item a.headline[href="${path}"]`).count()) return;
    const next = page.locator('.pager a[rel="next"]');
    assert.ok(await next.count(), `${what} (${page.url()} and the pages after it) does not list ${path}`);
    await follow(next, `next page after ${page.url()}`);
  }
}

test('reader: home, latest edition, article, tag, reporter, calendar, the day\'s edition', async (t) => {
  visited = [];
  t.after(() => t.diagnostic(`clicked: ${visited.join(' | ')}`));
  // Home: shows the latest edition's date; the masthead links to that edition.
  const home = await page.goto(site.base);
  assert.equal(home.status(), 200);
  assert.equal(await kind(), 'home');
  const latestIso = await page.locator('h1 time').getAttribute('datetime');
  assert.match(latestIso ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the home page heading shows the latest edition\'s date');
  await follow(page.locator('.masthead a.latest'), 'masthead: latest edition');
  assert.equal(await kind(), 'edition');
  assert.equal(await page.locator('h1 time').getAttribute('datetime'), latestIso,
    'the latest-edition link leads to the edition whose date the home page shows');

  // Edition -> an article that has tags and reporters (older editions if the
  // latest has none), chosen by reading the articles the edition links to.
  let chosen;
  for (;;) {
    for (const href of await page.locator('.item a.headline').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      const html = await (await context.request.get(new URL(href, site.origin).href)).text();
      if (html.includes('rel="tag"') && html.includes('rel="author"')) { chosen = href; break; }
    }
    if (chosen) break;
    const older = page.locator('.pager a[rel="prev"]');
    assert.ok(await older.count(), 'no article of any edition has both a tag and a reporter');
    await follow(older, 'edition pager: older edition');
  }
  const headline = page.locator(`.item a.headline[href="${chosen}"]`);
  const title = norm(await headline.innerText());
  await follow(headline, `headline ${title}`);
  assert.equal(await kind(), 'article');
  assert.equal(await h1Text(), title, 'the article\'s h1 is the headline the edition showed');
  assert.ok((await page.title()).startsWith(title), 'the <title> starts with the headline');
  const article = await readArticle();
  const articlePath = pathOf(page.url());

  // Article -> its first tag: a term page named after it that lists the article.
  const tag = article.tags[0];
  await follow(page.locator('a[rel="tag"]').first(), `tag ${tag.text}`);
  assert.equal(await kind(), 'term');
  assert.ok((await h1Text()).startsWith(tag.text), `the tag page's h1 (${await h1Text()}) names the tag ${tag.text}`);
  await pageListing(articlePath, `tag page ${tag.text}`);

  // The tag page's entry for the article -> one of the article's reporters.
  const entry = page.locator('li.item').filter({ has: page.locator(`a.headline[href="${articlePath}"]`) });
  const reporterLink = entry.locator('.meta a').filter({ hasText: exactly(article.authors[0].text) });
  const reporter = norm(await reporterLink.innerText());
  assert.equal(pathOf(await reporterLink.getAttribute('href')), pathOf(article.authors[0].href),
    'the list entry links the same reporter page as the article');
  await follow(reporterLink, `reporter ${reporter}`);
  assert.equal(await kind(), 'term');
  assert.ok((await h1Text()).startsWith(reporter), `the reporter page's h1 (${await h1Text()}) names ${reporter}`);
  await pageListing(articlePath, `reporter page ${reporter}`);

  // Footer -> the year of the article's edition -> its month -> its day.
  const [, y, m, d] = /\/(\d{4})\/(\d{2})\/(\d{2})\/$/.exec(article.edition.href) ?? [];
  assert.ok(y, `the article's crumbs link its edition by date: ${article.edition.href}`);
  await follow(page.locator(`footer .years a[href$="/${y}/"]`), `footer: year ${y}`);
  assert.equal(await kind(), 'year');
  assert.ok((await h1Text()).includes(y), `the year page's h1 (${await h1Text()}) shows ${y}`);
  await follow(page.locator(`.calendar caption a[href$="/${y}/${m}/"]`), `calendar: month ${y}-${m}`);
  assert.equal(await kind(), 'month');
  const monthH1 = await h1Text();
  assert.ok(monthH1.includes(y) && monthH1.includes(String(Number(m))), `the month page's h1 (${monthH1}) shows ${y}-${m}`);
  const day = page.locator(`.calendar td a[href$="/${y}/${m}/${d}/"]`);
  assert.equal(norm(await day.innerText()), String(Number(d)), 'the calendar day shows its day of the month');
  await follow(day, `calendar: day ${y}-${m}-${d}`);
  assert.equal(await kind(), 'edition');
  assert.equal(await page.locator('h1 time').getAttribute('datetime'), `${y}-${m}-${d}`);
  assert.equal(pathOf(page.url()), pathOf(article.edition.href), 'the day is the article\'s edition');
  assert.equal(await page.locator(`.item a.headline[href="${articlePath}"]`).count(), 1, 'the edition lists the article');
});

test('reader: an article\'s next and previous links lead to each other', async () => {
  // An article with both neighbours, if any; else one with either.
  const articles = site.pages.filter((p) => p.kind === 'article');
  const start = articles.find((p) => p.html.includes('rel="prev"') && p.html.includes('rel="next"')) ??
    articles.find((p) => p.html.includes('rel="prev"') || p.html.includes('rel="next"'));
  assert.ok(start, 'no article has a previous or next article');
  for (const [there, back] of [['next', 'prev'], ['prev', 'next']]) {
    await page.goto(site.origin + start.url);
    const startTitle = await h1Text();
    const link = page.locator(`.pager a[rel="${there}"]`);
    if (!(await link.count())) continue;
    const text = norm(await link.innerText());
    await follow(link, `${there} article`);
    assert.equal(await kind(), 'article');
    const landed = await h1Text();
    assert.ok(landed && text.includes(landed), `the ${there} link "${text}" leads to an article titled "${landed}"`);
    const backLink = page.locator(`.pager a[rel="${back}"]`);
    assert.equal(pathOf(await backLink.getAttribute('href')), start.url, `the ${there} article's ${back} link leads back`);
    assert.ok(norm(await backLink.innerText()).includes(startTitle), `its ${back} link names "${startTitle}"`);
    await follow(backLink, `${back} article`);
    assert.equal(await h1Text(), startTitle);
  }
});

/** The element the URL's #fragment names is on screen, at the top unless the page ends first. */
async function assertFragmentInView(what) {
  const hash = new URL(page.url()).hash;
  assert.match(hash, /^#page-\d+$/, what);
  const box = await page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const atBottom = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
    return { top: r.top, bottom: r.bottom, height: window.innerHeight, atBottom, heading: el.querySelector('h2')?.textContent ?? '' };
  }, hash.slice(1));
  assert.ok(box, `${what}: no element with id ${hash.slice(1)}`);
  assert.ok(box.top >= -1 && box.top < box.height, `${what}: ${hash} is not on screen (top ${box.top})`);
  assert.ok(box.top <= 2 || box.atBottom, `${what}: ${hash} was not scrolled to the top (top ${box.top})`);
  return box;
}

test('reader: page anchors of an edition, from its page index, the home page and an article', async () => {
  // The edition with the most pages.
  const editions = site.pages.filter((p) => p.kind === 'edition');
  const count = (p) => (p.html.match(/<section class="page-block" id="page-\d+"/g) ?? []).length;
  const edition = editions.reduce((best, p) => (count(p) > count(best) ? p : best));
  await page.goto(site.origin + edition.url);
  const index = page.locator('nav.page-index a');
  const n = await index.count();
  assert.ok(n >= 1, 'the edition has a page index');
  assert.equal(n, count(edition), 'the page index links every page of the edition');
  for (let i = n - 1; i >= 0; i--) {  // from the last page up, so every click must scroll
    const link = index.nth(i);
    const label = norm(await link.innerText());
    await follow(link, `page index: ${label}`);
    const box = await assertFragmentInView(`page index link ${label}`);
    const number = /\d+/.exec(label)?.[0];
    assert.ok(number && box.heading.includes(`${number}`), `the section of ${label} is headed ${box.heading}`);
  }

  // The home page's page index links into the latest edition.
  await page.goto(site.base);
  const homeIndex = page.locator('nav.page-index a');
  if (await homeIndex.count()) {
    await follow(homeIndex.last(), 'home page index');
    assert.equal(await kind(), 'edition');
    await assertFragmentInView('home page index');
  }

  // An article's crumbs link its page of the edition, which lists the article.
  const article = site.pages.find((p) => p.kind === 'article' && /class="crumbs">[^\n]*#page-\d+/.test(p.html));
  if (article) {
    await page.goto(site.origin + article.url);
    await follow(page.locator('.crumbs a[href*="#page-"]'), 'article crumbs: page');
    await assertFragmentInView('article crumbs');
    const hash = new URL(page.url()).hash;
    assert.equal(await page.locator(`${hash} a.headline[href="${article.url}"]`).count(), 1,
      `the page section ${hash} lists the article`);
  }
});

test('reader: no page on the way refused its own scripts or styles, or threw', async () => {
  assert.ok(visited.length > 5, 'the other tests walked the archive');
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
  assert.match(csp ?? '', /script-src 'self'/, 'every page sends the policy');
  assert.deepEqual(problems, []);
});
