// axe-core on one page of every kind (and an article with a table), each
// checked three ways: light colour scheme at desk width (every rule), dark
// scheme at desk width (the colour rules) and light at phone width (every
// rule): no violation of impact "serious" or "critical" may remain.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DESK, PHONE, REQUIRED_KINDS, axePath, settled, startSite } from './support/site.mjs';

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const MODES = [
  { name: 'light, desk', colorScheme: 'light', viewport: DESK },
  { name: 'dark, desk', colorScheme: 'dark', viewport: DESK, rules: COLOUR_RULES },
  { name: 'light, phone', colorScheme: 'light', viewport: PHONE },
];

let site;
let context;
before(async () => {
  site = await startSite();
  // axe is injected as an inline script, which the theme's Content-Security-
  // Policy refuses (as it should): the checker, not the page, bypasses it.
  context = await site.browser.newContext({ viewport: DESK, bypassCSP: true });
});
after(async () => {
  await context?.close();
  await site?.close();
});

/** Runs axe (only the given rules, if any) on the loaded page; returns its serious and critical violations. */
async function axeViolations(page, rules) {
  const violations = await page.evaluate(async (rules) => {
    const options = { resultTypes: ['violations'] };
    if (rules) options.runOnly = { type: 'rule', values: rules };
    const r = await window.axe.run(document, options);
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
  }, rules);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function report(found) {
  const lines = [];
  for (const { mode, violations } of found) {
    lines.push(`[${mode}]`);
    for (const v of violations) {
      lines.push(`  ${v.id} (${v.impact}): ${v.help}, ${v.nodes.length} element(s)`);
      for (const n of v.nodes.slice(0, 3)) {
        lines.push(`    ${n.target}  ${n.html.replace(/\s+/g, ' ').slice(0, 120)}`);
        for (const s of n.summary.split('\n').filter(Boolean)) lines.push(`      ${s.trim()}`);
      }
      if (v.nodes.length > 3) lines.push(`    … and ${v.nodes.length - 3} more`);
    }
  }
  return lines.join('\n');
}

test('the built site has a page of every kind axe must check', () => {
  for (const k of REQUIRED_KINDS) assert.ok(site.kinds[k], `no page of kind ${k} in the built site`);
});

/** Runs every mode on the loaded page; returns [{ mode, violations }] for the modes that found any. */
async function checkModes(page) {
  const found = [];
  for (const mode of MODES) {
    await page.setViewportSize(mode.viewport);
    await page.emulateMedia({ colorScheme: mode.colorScheme });
    const violations = await axeViolations(page, mode.rules);
    if (violations.length) found.push({ mode: mode.name, violations });
  }
  return found;
}

const failure = (url, found) => {
  const ids = [...new Set(found.flatMap((f) => f.violations.map((v) => v.id)))];
  return `axe: serious/critical violations (${ids.join(', ')}) on ${url}:\n${report(found)}`;
};

for (const kind of ['home', 'year', 'month', 'edition', 'article', 'taxonomy', 'term', 'term-page-2', 'page', '404', 'search']) {
  test(`axe: no serious or critical violation on the ${kind} page`, async (t) => {
    const p = site.kinds[kind];
    if (!p) {
      assert.ok(!REQUIRED_KINDS.includes(kind));
      t.skip(`this archive has no ${kind} page`);
      return;
    }
    const page = await context.newPage();
    try {
      const response = await page.goto(site.origin + p.url);
      assert.equal(response.status(), kind === '404' ? 404 : 200, p.url);
      await settled(page);
      await page.addScriptTag({ path: axePath });
      const found = await checkModes(page);
      assert.equal(found.length, 0, failure(p.url, found));
    } finally {
      await page.close();
    }
  });
}

test('axe: no serious or critical violation on an article with a table', async (t) => {
  const p = site.pages.find((x) => x.kind === 'article' && /<div class="body">[\s\S]*<table/.test(x.html));
  if (!p) return t.skip('no article of this archive has a table');
  const page = await context.newPage();
  try {
    await page.goto(site.origin + p.url);
    await page.addScriptTag({ path: axePath });
    const bare = await page.evaluate(() => [...document.querySelectorAll('.article .body table')]
      .filter((table) => !table.closest('.table-wrap')).length);
    // A table scrolling sideways must be a region the keyboard can reach.
    assert.equal(bare, 0, `${p.url}: a table outside <div class="table-wrap" tabindex="0">`);
    const found = await checkModes(page);
    assert.equal(found.length, 0, failure(p.url, found));
  } finally {
    await page.close();
  }
});
