// Screenshots of the default theme as readers see it.
//
// The browser tests (screenshots.test.mjs) call shootPageKinds() to take one
// page of every kind at desk width (1280 px) and phone size (360x740), plus the
// article and the edition in the dark colour scheme and the article as printed,
// into build/browser-shots/ (or $GAZETTE_SHOTS_DIR), which git ignores.
//
// Run by hand, it regenerates the two pictures of an article page in docs/:
//     GAZETTE_BIN=build/release/gazette node tests/browser/screenshots.mjs
// (GAZETTE_BIN defaults to build/release/gazette).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { DESK, PHONE, settled, siteDir, startSite } from './support/site.mjs';

/** Pixels per CSS pixel of the phone screenshots: a phone screen's density, so CJK strokes are legible. */
const PHONE_SCALE = 2;
/** Full-page screenshots stop this far down (CSS pixels). */
const MAX_HEIGHT = 4000;
/** An A4 sheet at 96 dpi, for the print screenshot. */
const A4 = { width: 794, height: 1123 };

/**
 * Takes each job's screenshot. Jobs of the same pixel density share one browser
 * page, whose viewport, colour scheme and media change from job to job (a new
 * browser context per job would cost more than the screenshot).
 */
async function shootAll(site, jobs) {
  const byScale = new Map();
  for (const job of jobs) {
    const scale = job.scale ?? 1;
    if (!byScale.has(scale)) byScale.set(scale, []);
    byScale.get(scale).push(job);
  }
  for (const [scale, group] of byScale) {
    const context = await site.browser.newContext({ viewport: group[0].viewport, deviceScaleFactor: scale });
    try {
      const page = await context.newPage();
      for (const job of group) {
        await page.setViewportSize(job.viewport);
        await page.emulateMedia({ media: job.media ?? 'screen', colorScheme: job.colorScheme ?? 'light' });
        await page.goto(site.origin + job.url);
        await settled(page);
        await page.evaluate(() => document.fonts.ready);
        if (job.fullPage === false) {
          await page.screenshot({ path: job.file });
        } else {
          // The whole page, down to MAX_HEIGHT: enough to judge it, and the
          // long home page stays quick to encode.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({
            path: job.file, fullPage: true,
            clip: { x: 0, y: 0, width: job.viewport.width, height: Math.min(Math.max(height, job.viewport.height), MAX_HEIGHT) },
          });
        }
      }
    } finally {
      await context.close();
    }
  }
  return jobs;
}

/**
 * Full-page screenshots (down to MAX_HEIGHT) of every page kind in
 * site.kinds at desk and phone width, named <kind>-desk.png and
 * <kind>-phone.png, plus the article on a phone and the edition on a desk in
 * the dark scheme (article-dark-phone.png, edition-dark-desk.png) and the
 * article as printed on A4 (article-print.png). Returns the jobs:
 * [{ file, kind, url, viewport, colorScheme?, media? }].
 */
export async function shootPageKinds(site, dir) {
  mkdirSync(dir, { recursive: true });
  const jobs = [];
  for (const [kind, p] of Object.entries(site.kinds)) {
    jobs.push({ kind, url: p.url, viewport: DESK, file: path.join(dir, `${kind}-desk.png`) });
    jobs.push({ kind, url: p.url, viewport: PHONE, file: path.join(dir, `${kind}-phone.png`) });
  }
  for (const [kind, viewport, width] of [['article', PHONE, 'phone'], ['edition', DESK, 'desk']]) {
    const p = site.kinds[kind];
    if (p) jobs.push({ kind, url: p.url, viewport, colorScheme: 'dark', file: path.join(dir, `${kind}-dark-${width}.png`) });
  }
  if (site.kinds.article) {
    jobs.push({ kind: 'article', url: site.kinds.article.url, viewport: A4, media: 'print',
                file: path.join(dir, 'article-print.png') });
  }
  return shootAll(site, jobs);
}

/**
 * The pictures of the README's docs/: the first screen of an article page and
 * of search results, at desk width and on a phone (at a phone's pixel density).
 */
export async function shootDocs(site, dir) {
  mkdirSync(dir, { recursive: true });
  const url = site.kinds.article.url;
  const jobs = await shootAll(site, [
    { url, viewport: DESK, fullPage: false, file: path.join(dir, 'article-desk.png') },
    { url, viewport: PHONE, scale: PHONE_SCALE, fullPage: false, file: path.join(dir, 'article-phone.png') },
    ...(site.kinds.search ? [
      { url: site.kinds.search.url, viewport: DESK, fullPage: false, file: path.join(dir, 'search-desk.png') },
      { url: site.kinds.search.url, viewport: PHONE, scale: PHONE_SCALE, fullPage: false,
        file: path.join(dir, 'search-phone.png') },
    ] : []),
  ]);
  return jobs.map((j) => j.file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.env.GAZETTE_BIN && existsSync(path.join(siteDir, 'build/release/gazette'))) {
    process.env.GAZETTE_BIN = path.join(siteDir, 'build/release/gazette');
  }
  const site = await startSite();
  try {
    for (const file of await shootDocs(site, path.join(siteDir, 'docs'))) console.log(`wrote ${path.relative(process.cwd(), file)}`);
    if (process.argv.includes('--all')) {
      const dir = path.join(siteDir, 'build/browser-shots');
      for (const job of await shootPageKinds(site, dir)) console.log(`wrote ${path.relative(process.cwd(), job.file)}`);
    }
  } finally {
    await site.close();
  }
}
