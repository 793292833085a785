// On a phone (360x740) no page scrolls sideways: one page of every kind and
// every article. A table wider than the phone scrolls inside its own box
// (.table-wrap, as the Markdown renderer wraps tables, or the bare table as
// it renders them before that), never the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { PHONE, REQUIRED_KINDS, settled, startSite } from './support/site.mjs';

let site;
let context;
let page;
before(async () => {
  site = await startSite();
  context = await site.browser.newContext({ viewport: PHONE });
  page = await context.newPage();
});
after(async () => {
  await context?.close();
  await site?.close();
});

/** Width of the page against the viewport, and the elements that stick out on the right. */
function measureOverflow() {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const inScroller = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const sticksOut = (el) => el.getBoundingClientRect().right > vw + 0.5 && !inScroller(el);
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement)))  // outermost only
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} ` +
                   `(right edge ${Math.round(el.getBoundingClientRect().right)}px): ` +
                   el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40));
    return { viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
             bodyScrollWidth: document.body.scrollWidth, culprits,
             viewportMeta: document.querySelector('meta[name="viewport"]')?.content ?? '' };
  });
}

test('phone: no page kind is wider than the screen', async () => {
  for (const k of REQUIRED_KINDS) assert.ok(site.kinds[k], `no page of kind ${k} in the built site`);
  const pages = new Map(Object.entries(site.kinds).map(([kind, p]) => [p.url, kind]));
  for (const p of site.pages) if (p.kind === 'article' && !pages.has(p.url)) pages.set(p.url, 'article');
  const wide = [];
  for (const [url, kind] of pages) {
    const response = await page.goto(site.origin + url);
    assert.equal(response.status(), kind === '404' ? 404 : 200, url);
    await settled(page);
    const m = await measureOverflow();
    assert.match(m.viewportMeta, /width=device-width/, `${url}: no viewport meta tag: a phone would lay the page out 980px wide`);
    assert.equal(m.viewport, PHONE.width);
    if (m.scrollWidth > m.viewport || m.bodyScrollWidth > m.viewport) wide.push({ kind, url, ...m });
  }
  assert.deepEqual(wide, [], 'pages wider than the phone (document scrollWidth > 360):\n' +
    wide.map((w) => `  ${w.kind} ${w.url}: ${w.scrollWidth}px\n    ${w.culprits.join('\n    ')}`).join('\n'));
});

/** The article pages whose body holds a table. */
const tableArticles = () => site.pages.filter((p) => p.kind === 'article' && /<div class="body">[\s\S]*<table/.test(p.html));

/**
 * Each table of the article body: how wide its content is against the text
 * column, and the box it scrolls in (its .table-wrap, else the table itself).
 */
function tableBoxes() {
  return page.evaluate(() => [...document.querySelectorAll('.article .body table')].map((table, i) => {
    const box = table.closest('.table-wrap') ?? table;
    const s = getComputedStyle(box);
    const r = box.getBoundingClientRect();
    return { i, wrapped: box !== table, left: r.left, right: r.right,
             contentWidth: Math.max(table.scrollWidth, table.getBoundingClientRect().width),
             column: table.closest('.body').clientWidth, overflowX: s.overflowX };
  }));
}

test('phone: a table wider than the screen scrolls inside its own box, not the page', async (t) => {
  const articles = tableArticles();
  if (!articles.length) return t.skip('no article of this archive has a table');
  let wideTables = 0;
  for (const article of articles) {
    await page.goto(site.origin + article.url);
    for (const box of await tableBoxes()) {
      if (box.contentWidth <= box.column) continue;  // fits the phone: nothing to scroll
      wideTables++;
      const where = `${article.url} table ${box.i + 1}${box.wrapped ? ' (.table-wrap)' : ''}`;
      assert.ok(['auto', 'scroll'].includes(box.overflowX), `${where}: its box does not scroll sideways (overflow-x ${box.overflowX})`);
      assert.ok(box.left >= 0 && box.right <= PHONE.width + 0.5, `${where}: its box sticks out of the screen (${box.left}..${box.right})`);
      const scrolled = await page.evaluate((i) => {
        const table = document.querySelectorAll('.article .body table')[i];
        const box = table.closest('.table-wrap') ?? table;
        box.scrollLeft = 80;
        return { boxLeft: box.scrollLeft, pageX: window.scrollX };
      }, box.i);
      assert.ok(scrolled.boxLeft > 0, `${where}: scrolling the box sideways does not move it`);
      assert.equal(scrolled.pageX, 0, `${where}: the page scrolled sideways`);
    }
    const m = await measureOverflow();
    assert.ok(m.scrollWidth <= m.viewport, `${article.url}: the page is ${m.scrollWidth}px wide: ${m.culprits.join('; ')}`);
  }
  if (!wideTables) t.diagnostic('every table of this archive fits the phone screen');
});

test('phone: the .table-wrap box scrolls both ways and keeps the header row in view', async (t) => {
  // The theme styles the markup the Markdown renderer emits for a table:
  //   <div class="table-wrap" role="region" aria-label="表格1" tabindex="0"><table>…</table></div>
  //   <p class="table-csv"><a href="table-1.csv" download>下载表格（CSV）</a></p>
  const article = tableArticles().find((p) => /<thead>/.test(p.html));
  if (!article) return t.skip('no article of this archive has a table with a header row');
  await page.goto(site.origin + article.url);
  const result = await page.evaluate(() => {
    const wrap = [...document.querySelectorAll('.article .body .table-wrap')].find((w) => w.querySelector('thead th'));
    const table = wrap.querySelector('table');
    const th = wrap.querySelector('thead th');
    const before = { x: window.scrollX, y: window.scrollY };
    wrap.scrollTop = 200;
    wrap.scrollLeft = 80;
    const w = wrap.getBoundingClientRect();
    const h = th.getBoundingClientRect();
    return {
      display: getComputedStyle(table).display,
      clientWidth: wrap.clientWidth, scrollWidth: wrap.scrollWidth,
      clientHeight: wrap.clientHeight, scrollHeight: wrap.scrollHeight,
      scrollTop: wrap.scrollTop, scrollLeft: wrap.scrollLeft,
      maxHeight: wrap.clientHeight <= window.innerHeight,
      headerOffset: h.top - (w.top + wrap.clientTop),
      headerBackground: getComputedStyle(th).backgroundColor,
      pageMoved: window.scrollX !== before.x || window.scrollY !== before.y,
      pageWidth: document.documentElement.scrollWidth,
    };
  });
  assert.equal(result.display, 'table', 'inside the wrap the table is laid out as a table again');
  assert.ok(result.maxHeight, `the wrap (${result.clientHeight}px) is taller than the screen`);
  assert.ok(result.scrollWidth > result.clientWidth && result.scrollLeft > 0, 'the wrap scrolls sideways');
  if (result.scrollHeight > result.clientHeight) {
    assert.ok(result.scrollTop > 0, 'the wrap scrolls down');
    assert.ok(Math.abs(result.headerOffset) <= 1, `the header row stays at the top of the wrap (off by ${result.headerOffset}px)`);
  } else {
    t.diagnostic('the table is shorter than the wrap: the sticky header was not exercised');
  }
  assert.match(result.headerBackground, /^rgb\(/, `the sticky header has an opaque background, not ${result.headerBackground}`);
  assert.ok(!result.pageMoved, 'scrolling the wrap moved the page');
  assert.ok(result.pageWidth <= PHONE.width, `the page is ${result.pageWidth}px wide`);
});
