// What the default theme promises beyond axe: a search form on every page
// (two on the 404 page), a skip link and a visible focus ring for keyboard
// users, a dark colour scheme, and articles that print as text with a source
// line.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_PATH, DESK, REQUIRED_KINDS, startSite } from './support/site.mjs';

let site;
let context;
let page;
before(async () => {
  site = await startSite();
  context = await site.browser.newContext({ viewport: DESK });
  page = await context.newPage();
});
after(async () => {
  await context?.close();
  await site?.close();
});

const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('search: a labelled search form in the masthead of every page kind, and in the 404 page body', async () => {
  for (const k of REQUIRED_KINDS) assert.ok(site.kinds[k], `no page of kind ${k} in the built site`);
  for (const [kind, p] of Object.entries(site.kinds)) {
    await page.goto(site.origin + p.url);
    const found = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return {
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        forms: [...document.querySelectorAll('form')].map((form) => {
          const input = form.querySelector('input[name="q"]');
          const label = input && document.querySelector(`label[for="${input.id}"]`);
          return {
            inMasthead: !!form.closest('header.masthead'), inMain: !!form.closest('main'),
            role: form.getAttribute('role'), className: form.className, method: form.method,
            action: new URL(form.action).pathname, inputType: input?.type, label: label?.textContent.trim() ?? '',
            labelledInside: !!label && form.contains(label), button: form.querySelector('button[type="submit"]')?.textContent.trim() ?? '',
          };
        }),
      };
    });
    const where = `${kind} ${p.url}`;
    assert.deepEqual(found.duplicateIds, [], `${where}: ids must be unique`);
    const masthead = found.forms.filter((f) => f.inMasthead);
    assert.equal(masthead.length, 1, `${where}: one search form in the masthead`);
    const expected = kind === '404' || kind === 'search' ? 2 : 1;  // and one in the body
    assert.equal(found.forms.length, expected, `${where}: ${expected} search form(s)`);
    if (kind === '404') assert.ok(found.forms.some((f) => f.inMain), `${where}: a search form in the page body`);
    for (const f of found.forms) {
      assert.equal(f.role, 'search', where);
      assert.ok(f.className.split(' ').includes('search-form'), where);
      assert.equal(f.method, 'get', where);
      assert.equal(f.action, `${BASE_PATH}search/`, `${where}: the form is sent to site.search_url`);
      assert.equal(f.inputType, 'search', `${where}: the query field is input type=search name=q`);
      assert.ok(f.label && f.labelledInside, `${where}: the query field has a label in its form`);
      assert.ok(f.button, `${where}: the form has a submit button with text`);
    }
    // The accessible name a screen reader announces for the field is its label.
    for (const f of found.forms) {
      const box = page.getByRole('searchbox', { name: f.label, exact: true });
      assert.ok(await box.count() >= 1, `${where}: the search field labelled "${f.label}" is named by it`);
    }
  }
});

test('keyboard: the first Tab shows a skip link to the text; focus is visible', async () => {
  const article = site.kinds.article;
  await page.goto(site.origin + article.url);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return { href: el.getAttribute('href'), top: r.top, bottom: r.bottom, width: r.width,
             outline: `${s.outlineStyle} ${s.outlineWidth}`, text: el.textContent.trim() };
  });
  assert.equal(skip.href, '#main', 'the first Tab focuses a link to #main');
  assert.ok(skip.text, 'the skip link has text');
  assert.ok(skip.top >= 0 && skip.bottom <= DESK.height && skip.width > 0, `the focused skip link is on screen (${skip.top}..${skip.bottom})`);
  assert.match(skip.outline, /^solid [2-9]/, `the focused skip link shows a focus ring (outline ${skip.outline})`);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === '#main');
  // The next Tab goes to the first link of the text, not back to the masthead.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => ({
    inMain: !!document.activeElement.closest('main'),
    outline: `${getComputedStyle(document.activeElement).outlineStyle} ${getComputedStyle(document.activeElement).outlineWidth}`,
  }));
  assert.ok(next.inMain, 'after the skip link, Tab moves on inside <main>');
  assert.match(next.outline, /^solid [2-9]/, `a focused link in the text shows a focus ring (outline ${next.outline})`);

  // Unfocused, the skip link is out of sight.
  await page.goto(site.origin + article.url);
  const hidden = await page.locator('a.skip-link').evaluate((el) => el.getBoundingClientRect().bottom);
  assert.ok(hidden <= 0, 'the skip link is off screen until focused');
});

/** Relative luminance of a computed CSS colour "rgb(r, g, b)". */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('dark scheme: dark paper and light ink when the reader asks for it', async () => {
  const dark = await site.browser.newContext({ viewport: DESK, colorScheme: 'dark' });
  try {
    const p = await dark.newPage();
    for (const kind of ['article', 'edition', 'home']) {
      await p.goto(site.origin + site.kinds[kind].url);
      const { bg, fg } = await p.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color,
      }));
      assert.ok(luminance(bg) < 0.05, `${kind}: the dark scheme's background ${bg} is dark`);
      const ratio = (luminance(fg) + 0.05) / (luminance(bg) + 0.05);
      assert.ok(ratio >= 7, `${kind}: body text ${fg} on ${bg} has a contrast of ${ratio.toFixed(1)}:1`);
    }
  } finally {
    await dark.close();
  }
});

test('print: an article prints as its text with a source line (paper, date, page)', async () => {
  const article = site.kinds.article;
  await page.goto(site.origin + article.url);
  // What the screen shows, to compare the source line with.
  const screen = await page.evaluate(() => ({
    paper: document.querySelector('.masthead .brand').textContent.trim(),
    date: document.querySelector('article header time').textContent.trim(),
    pageLink: [...document.querySelectorAll('.crumbs a')].map((a) => a.textContent.trim()).find((t) => /\d/.test(t) && /版/.test(t)) ?? '',
    title: document.querySelector('h1').textContent.trim(),
    sourceShown: getComputedStyle(document.querySelector('.print-source')).display !== 'none',
  }));
  assert.ok(!screen.sourceShown, 'the source line is for print only');
  await page.emulateMedia({ media: 'print' });
  try {
    const printed = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden');
      return {
        chrome: Object.fromEntries(['.masthead', '.sections', '.search-form', '.skip-link', '.pager', '.tags',
          '.colophon', '.crumbs'].map((sel) => [sel, shown(sel)])),
        title: shown('h1'), body: shown('.article .body'),
        source: document.querySelector('.print-source')?.innerText.replace(/\s+/g, ' ').trim() ?? '',
        sourceShown: shown('.print-source'),
      };
    });
    for (const [sel, shown] of Object.entries(printed.chrome)) assert.ok(!shown, `print shows ${sel}`);
    assert.ok(printed.title && printed.body, 'print shows the headline and the text');
    assert.ok(printed.sourceShown, 'print shows the source line');
    assert.ok(printed.source.includes(screen.paper), `the source line "${printed.source}" names the paper ${screen.paper}`);
    assert.ok(printed.source.includes(screen.date), `the source line "${printed.source}" has the date ${screen.date}`);
    if (screen.pageLink) {
      assert.ok(norm(printed.source).includes(norm(screen.pageLink)),
        `the source line "${printed.source}" has the page ${screen.pageLink}`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', 'Chromium prints the article to PDF');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
