// An archive's articles read plainly from their Markdown, for checking search
// results against a substring scan (the browser tests and bench/search).
// Only the printed text counts: the headline stack, byline, photo captions
// and credits, and the body; derived and bookkeeping keys do not.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Front-matter keys that are not printed text (derived or bookkeeping).
const NOT_PRINTED = /^(date|page|page_name|order|type|authors|tags|series|source|review|draft|import_hash|summary|dateline):/;

/**
 * Every published article of content/YYYY/MM/DD/<slug>.md under `contentDir`:
 * { path ("/YYYY/MM/DD/slug/", without the base path), text (its printed
 * text), body (the Markdown after the front matter), authors }.
 */
export function readArticles(contentDir) {
  const out = [];
  const walk = (dir, rel) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        walk(path.join(dir, e.name), [...rel, e.name]);
        continue;
      }
      if (rel.length !== 3 || !e.name.endsWith('.md') || e.name === '_index.md') continue;
      const md = readFileSync(path.join(dir, e.name), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
      const front = m ? m[1] : '';
      const body = m ? m[2] : md;
      if (/^draft:\s*true\s*$/m.test(front)) continue;
      // Keys not printed are dropped with their indented continuation lines.
      let skipping = false;
      const printed = front.split('\n').filter((l) => {
        if (!/^\s/.test(l)) skipping = NOT_PRINTED.test(l);
        return !skipping;
      }).join('\n');
      const authors = /^authors:\s*\[(.*)\]\s*$/m.exec(front)?.[1].split(',').map((s) => s.trim()).filter(Boolean) ?? [];
      out.push({ path: '/' + [...rel, e.name.slice(0, -3)].join('/') + '/', text: printed + '\n' + body, body, authors });
    }
  };
  walk(contentDir, []);
  return out;
}
