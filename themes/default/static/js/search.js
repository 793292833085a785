// gazette search: queries the static index under /search/ in the reader's
// browser (format: docs/search-index.md). No framework, no dependency.
//
// A query is cut into keys exactly as the index was (generator/search/
// tokenizer.h): Chinese by character pairs, words and numbers whole, folded
// to half width and lower case. Words separated by spaces must all match;
// within one, the keys must stand next to each other in the article, which
// the positions stored in the index prove, so a result never merely shares
// the characters. Ranking: matches in the headline first, then how often,
// then newer. Text from the index reaches the page through textContent only.
(function () {
  'use strict';

  const root = document.getElementById('search');
  if (!root) return;
  const indexUrl = root.dataset.index;
  const form = root.querySelector('form.search-main');
  const input = form.querySelector('input[name=q]');
  const filters = root.querySelector('.search-filters');
  const status = root.querySelector('.search-status');
  const list = root.querySelector('.search-results');
  const pager = root.querySelector('.search-pager');
  const PER_PAGE = 10;
  const TYPE_NAMES = {
    news: '消息', interview: '访谈', commentary: '评论', feature: '通讯', notice: '公告',
    table: '表格', list: '列表', fragment: '片段',
  };

  // ---- The tokenizer (mirrors generator/search/tokenizer.cpp) ----
  const UNIT_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
  const UNIT_CHAR = /[\p{L}\p{Nd}\p{Ideographic}]/u;
  const ALNUM = /[\p{L}\p{Nd}]/u;
  const SPACE = /\p{White_Space}/u;
  const UNIT = 0, WORD = 1, GAP = 2, OTHER = 3;

  function fold(cp) {
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
    if (cp === 0x3000) return 0x20;
    if (cp < 0x80) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
    return String.fromCodePoint(cp).toLowerCase().codePointAt(0);
  }

  function classify(cp) {
    if (cp === 10 || cp === 13 || cp === 9) return OTHER;
    if (cp < 0x80) {
      if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return WORD;
      return cp === 32 ? GAP : OTHER;
    }
    const ch = String.fromCodePoint(cp);
    if (UNIT_SCRIPT.test(ch) && UNIT_CHAR.test(ch)) return UNIT;
    if (SPACE.test(ch)) return GAP;
    if (ALNUM.test(ch)) return WORD;
    return OTHER;
  }

  // One phrase -> the keys to look up: {key, offset, positional}. A run of
  // Chinese characters gives its pairs (or the character when alone), a
  // word itself; offsets count positions from the phrase's start.
  function phraseTerms(phrase) {
    const terms = [];
    let pos = 0, word = '', run = [];
    const endWord = () => {
      if (word) terms.push({ key: word, offset: pos++, positional: true });
      word = '';
    };
    const endRun = () => {
      if (run.length === 1) {
        terms.push({ key: String.fromCodePoint(run[0].cp), offset: run[0].pos, positional: false });
      }
      // Pairs that cover the run without overlapping (and, for an odd run,
      // the last pair): their positions side by side prove every character
      // in place, with half the keys of all pairs to fetch.
      const pair = (i) => terms.push({
        key: String.fromCodePoint(run[i].cp, run[i + 1].cp), offset: run[i].pos, positional: true,
      });
      for (let i = 0; i + 1 < run.length; i += 2) pair(i);
      if (run.length > 1 && run.length % 2 === 1) pair(run.length - 2);
      run = [];
    };
    for (const ch of phrase) {
      const cp = fold(ch.codePointAt(0));
      const c = classify(cp);
      if (c === UNIT) {
        endWord();
        run.push({ cp, pos: pos++ });
      } else if (c === WORD) {
        endRun();
        word += String.fromCodePoint(cp);
      } else {
        endWord();
        endRun();
        if (c === OTHER) pos++;
      }
    }
    endWord();
    endRun();
    return terms;
  }

  // ---- Fetching ----
  const cache = new Map();  // url -> Promise of bytes / JSON
  function fetchGz(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then((r) => {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        const stream = r.body.pipeThrough(new DecompressionStream('gzip'));
        return new Response(stream).arrayBuffer();
      }).then((b) => new Uint8Array(b)));
    }
    return cache.get(url);
  }
  function fetchJson(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then((r) => {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.json();
      }));
    }
    return cache.get(url);
  }

  const utf8 = new TextEncoder();
  const utf8Decoder = new TextDecoder();
  function keyHash(key) {  // 32-bit FNV-1a of the UTF-8 bytes
    let h = 0x811c9dc5;
    for (const b of utf8.encode(key)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    return h;
  }

  class Reader {
    constructor(bytes, at) { this.b = bytes; this.i = at || 0; }
    varint() {
      let v = 0, mul = 1, c;
      do {
        c = this.b[this.i++];
        v += (c & 0x7f) * mul;
        mul *= 128;
      } while (c & 0x80);
      return v;
    }
    bytes() {
      const n = this.varint();
      const s = this.b.subarray(this.i, this.i + n);
      this.i += n;
      return s;
    }
    string() { return utf8Decoder.decode(this.bytes()); }
    magic(m) {
      const s = String.fromCharCode(...this.b.subarray(this.i, this.i + 4));
      this.i += 4;
      if (s !== m) throw new Error('not a gazette index file (' + m + ')');
    }
  }

  // A key's postings: the articles (ids ascending) and how often the key
  // occurs in each, decoded into flat arrays; for bigrams and words also
  // where each article's positions begin in the block (`posAt`), decoded
  // only for the candidates that hold every key (`positionsOf`): a common
  // pair occurs in most of a year's articles, and few of them survive the
  // intersection with the phrase's other keys.
  function decodePostings(block) {
    const r = new Reader(block);
    const head = r.varint();
    const n = Math.floor(head / 2), positional = head & 1;
    const ids = new Uint32Array(n), counts = new Uint32Array(n);
    const posAt = positional ? new Uint32Array(n) : null;
    const b = block;
    let id = 0;
    for (let d = 0; d < n; d++) {
      ids[d] = id += r.varint();
      const count = counts[d] = r.varint();
      if (positional) {
        posAt[d] = r.i;
        // Skip `count` varints: a byte without the high bit ends one.
        let i = r.i;
        for (let k = 0; k < count; i++) if (!(b[i] & 0x80)) k++;
        r.i = i;
      }
    }
    return { ids, counts, posAt, block, positional };
  }

  // Article i's positions in postings `l`, into `out` (grown when needed);
  // returns the array written.
  function positionsOf(l, i, out) {
    const count = l.counts[i];
    if (out.length < count) out = new Uint32Array(Math.max(count, out.length * 2));
    const r = new Reader(l.block, l.posAt[i]);
    let p = 0;
    for (let k = 0; k < count; k++) out[k] = p += r.varint();
    return out;
  }

  // The blocks of the keys asked for, from one shard: key -> postings.
  function readShard(bytes, wanted) {
    const r = new Reader(bytes);
    r.magic('GZS1');
    const out = new Map();
    for (let n = r.varint(); n > 0 && out.size < wanted.size; n--) {
      const key = r.string();
      const block = r.bytes();
      if (wanted.has(key)) out.set(key, decodePostings(block));
    }
    return out;
  }

  function readDocsTable(bytes) {
    const r = new Reader(bytes);
    r.magic('GZD1');
    const n = r.varint();
    const names = [], types = [];
    for (const list of [names, types]) for (let k = r.varint(); k > 0; k--) list.push(r.string());
    const docs = new Array(n);
    for (let i = 0; i < n; i++) docs[i] = { name: names[r.varint()], type: types[r.varint()], page: r.varint() };
    return docs;
  }

  // Whether sorted[lo, hi) holds v.
  function has(sorted, lo, hi, v) {
    hi--;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] === v) return true;
      if (sorted[mid] < v) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  // How often a phrase occurs in candidate c (0 when it does not), and
  // whether in the headline: `lists` are its terms' postings, `at` per term
  // the candidates' indices in them. Allocates nothing but scratch arrays
  // that grow: it runs for every candidate, tens of thousands for a common
  // phrase.
  const match = { tf: 0, head: false };
  let scratch = [];
  function matchPhrase(terms, lists, at, c, header) {
    let anchor = -1;
    for (let k = 0; k < terms.length; k++) {
      if (!terms[k].positional) continue;
      if (anchor < 0 || lists[k].counts[at[k][c]] < lists[anchor].counts[at[anchor][c]]) anchor = k;
    }
    match.tf = 0;
    match.head = false;
    if (anchor < 0) {  // single characters only
      match.tf = lists[0].counts[at[0][c]];
      return match;
    }
    while (scratch.length < terms.length) scratch.push(new Uint32Array(16));
    for (let k = 0; k < terms.length; k++) {
      if (terms[k].positional) scratch[k] = positionsOf(lists[k], at[k][c], scratch[k]);
    }
    const a = scratch[anchor], n = lists[anchor].counts[at[anchor][c]], offset = terms[anchor].offset;
    for (let x = 0; x < n; x++) {
      const start = a[x] - offset;
      let ok = true;
      for (let k = 0; k < terms.length && ok; k++) {
        if (k === anchor || !terms[k].positional) continue;
        ok = has(scratch[k], 0, lists[k].counts[at[k][c]], start + terms[k].offset);
      }
      if (ok) {
        match.tf++;
        if (start < header) match.head = true;
      }
    }
    return match;
  }

  // All matches in one segment: [{seg, id, tf, head}].
  async function searchSegment(meta, seg, phrases) {
    const keys = [...new Set(phrases.flat().map((t) => t.key))];
    const shards = new Map();
    for (const key of keys) {
      const s = keyHash(key) & (seg.shards - 1);
      if (!shards.has(s)) shards.set(s, new Set());
      shards.get(s).add(key);
    }
    const postings = new Map();
    await Promise.all([...shards].map(async ([s, wanted]) => {
      const bytes = await fetchGz(indexUrl + seg.key + '/k' + s + '.gz');
      for (const [k, v] of readShard(bytes, wanted)) postings.set(k, v);
    }));
    if (keys.some((k) => !postings.has(k))) return [];
    // Articles holding every key: the rarest key's articles, narrowed by
    // walking each other key's (sorted) list alongside. `at` keeps, per key,
    // each candidate's index in that key's arrays.
    const lists = keys.map((k) => postings.get(k));
    const order = lists.map((_, i) => i).sort((x, y) => lists[x].ids.length - lists[y].ids.length);
    let cand = Array.from(lists[order[0]].ids.keys());  // indices into the rarest list
    const at = new Map([[order[0], cand]]);
    for (const k of order.slice(1)) {
      const ids = lists[k].ids, base = lists[order[0]].ids;
      const keep = [], mine = [];
      let j = 0;
      for (let c = 0; c < cand.length; c++) {
        const id = base[cand[c]];
        while (j < ids.length && ids[j] < id) j++;
        if (j < ids.length && ids[j] === id) { keep.push(c); mine.push(j); }
      }
      for (const [key, idx] of at) at.set(key, keep.map((c) => idx[c]));
      at.set(k, mine);
      cand = keep.map((c) => cand[c]);
    }
    const results = [];
    const base = lists[order[0]].ids;
    // Per phrase, its terms' postings and candidate indices, found once.
    const per = phrases.map((terms) => {
      const ks = terms.map((t) => keys.indexOf(t.key));
      return { terms, lists: ks.map((k) => lists[k]), at: ks.map((k) => at.get(k)) };
    });
    for (let c = 0; c < cand.length; c++) {
      let tf = 0, head = 0, all = true;
      for (let p = 0; p < per.length && all; p++) {
        const m = matchPhrase(per[p].terms, per[p].lists, per[p].at, c, meta.header);
        if (m.tf === 0) all = false;
        tf += m.tf;
        if (m.head) head++;
      }
      if (all) results.push({ seg, id: base[cand[c]], tf, head });
    }
    return results;
  }

  // ---- The page ----
  function state() {
    const p = new URLSearchParams(location.search);
    return {
      q: (p.get('q') || '').trim().slice(0, 64),
      y: p.get('y') || '', n: p.get('n') || '', t: p.get('t') || '',
      page: Math.max(1, parseInt(p.get('p') || '1', 10) || 1),
    };
  }

  function urlFor(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    if (s.y) p.set('y', s.y);
    if (s.n) p.set('n', s.n);
    if (s.t) p.set('t', s.t);
    if (s.page > 1) p.set('p', String(s.page));
    const qs = p.toString();
    return location.pathname + (qs ? '?' + qs : '');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // The folded form of a text, with each folded character's place in the text.
  function foldMap(text) {
    let folded = '';
    const at = [];
    let i = 0;
    for (const ch of text) {
      const f = String.fromCodePoint(fold(ch.codePointAt(0)));
      folded += f;
      for (let k = 0; k < f.length; k++) at.push(i);
      i += ch.length;
    }
    at.push(text.length);
    return { folded, at };
  }

  // A window of the article's text around the first phrase found, the
  // phrases marked.
  function snippet(text, phrases) {
    const p = el('p', 'snippet');
    const { folded, at } = foldMap(text);
    const needles = phrases.map((ph) => foldMap(ph).folded).filter((s) => s);
    let first = -1;
    for (const n of needles) {
      const k = folded.indexOf(n);
      if (k >= 0 && (first < 0 || k < first)) first = k;
    }
    const from = first < 0 ? 0 : Math.max(0, at[first] - 30);
    let to = Math.min(text.length, from + 110);
    while (to < text.length && /[\uDC00-\uDFFF]/.test(text[to])) to++;
    if (from > 0) p.append('……');
    appendMarked(p, text.slice(from, to).replace(/\s+/g, ' '), needles);
    if (to < text.length) p.append('……');
    return p;
  }

  // Appends `text` to `node`, each occurrence of a (folded) needle in <mark>.
  function appendMarked(node, text, needles) {
    const fm = foldMap(text);
    const marks = [];
    for (const n of needles) {
      for (let k = fm.folded.indexOf(n); k >= 0; k = fm.folded.indexOf(n, k + n.length)) {
        marks.push([fm.at[k], fm.at[k + n.length]]);
      }
    }
    marks.sort((x, y) => x[0] - y[0]);
    let last = 0;
    for (const [s, e] of marks) {
      if (s < last) continue;
      node.append(text.slice(last, s));
      node.append(el('mark', '', text.slice(s, e)));
      last = e;
    }
    node.append(text.slice(last));
  }

  function resultItem(doc, phrases) {
    const li = el('li');
    if (doc.k) li.append(el('p', 'kicker', doc.k));
    const h = el('h2');
    const a = el('a');
    appendMarked(a, doc.t, phrases.map((ph) => foldMap(ph).folded).filter((x) => x));
    a.href = doc.u;
    h.append(a);
    li.append(h);
    if (doc.s) li.append(el('p', 'subtitle', doc.s));
    const meta = el('p', 'meta');
    const time = el('time', '', doc.d);
    time.dateTime = doc.i;
    meta.append(time);
    if (doc.p) meta.append(' · 第' + doc.p + '版' + (doc.n ? ' ' + doc.n : ''));
    if (doc.y && TYPE_NAMES[doc.y]) meta.append(' · ' + TYPE_NAMES[doc.y]);
    li.append(meta);
    li.append(snippet(doc.x, phrases));
    return li;
  }

  function fillSelect(select, options, chosen, label) {
    const keep = select.options[0];
    select.replaceChildren(keep);
    for (const [value, count] of options) {
      const o = el('option', '', (label ? label(value) : value) + '（' + count + '）');
      o.value = value;
      select.append(o);
    }
    select.value = chosen;
  }

  // The list of segments, fetched as the page loads (every query needs it).
  const metaPromise = fetchJson(indexUrl + 'meta.json');
  let running = 0;

  async function run() {
    const s = state();
    const mine = ++running;
    input.value = s.q;
    list.replaceChildren();
    pager.hidden = true;
    if (!s.q) {
      status.textContent = '输入人名、地名或任何词语，搜索全部文章。';
      filters.hidden = true;
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const meta = await metaPromise;
      const phrases = s.q.split(/\s+/).filter((w) => w);
      const termLists = phrases.map(phraseTerms).filter((t) => t.length > 0);
      const segments = meta.segments.filter((g) => !s.y || g.key === s.y);
      // Each segment's postings: the matches.
      let found = [];
      if (termLists.length) {
        found = (await Promise.all(segments.map((g) => searchSegment(meta, g, termLists)))).flat();
      }
      if (mine !== running) return;
      // The page names and types of the matches (the docs tables of the
      // segments with any), for the page-name and type filters: fetched now
      // only when one is chosen, else once the results are shown (the
      // browser opens few connections at a time; the results come first).
      const facets = () => Promise.all([...new Set(found.map((r) => r.seg))].map(async (g) => {
        const table = readDocsTable(await fetchGz(indexUrl + g.key + '/docs.gz'));
        for (const r of found) if (r.seg === g) r.doc = table[r.id];
      }));
      const years = meta.segments.map((g) => [g.key, found.filter((r) => r.seg === g).length])
        .filter(([, c]) => c > 0 || s.y);
      fillSelect(filters.querySelector('[name=y]'), years, s.y, (y) => y + '年');
      filters.hidden = found.length === 0 && !s.y && !s.n && !s.t;
      const fillFacets = () => {
        const count = (key) => {
          const m = new Map();
          for (const r of found) m.set(key(r), (m.get(key(r)) || 0) + 1);
          return [...m].filter(([v]) => v);
        };
        fillSelect(filters.querySelector('[name=n]'), count((r) => r.doc.name), s.n);
        fillSelect(filters.querySelector('[name=t]'), count((r) => r.doc.type), s.t,
          (t) => TYPE_NAMES[t] || t);
      };
      let shown = found;
      if (s.n || s.t) {
        await facets();
        if (mine !== running) return;
        fillFacets();
        shown = found.filter((r) => (!s.n || r.doc.name === s.n) && (!s.t || r.doc.type === s.t));
      }
      // Headline matches first, then frequency, then newer (later segment
      // key, higher id: ids grow with the date).
      shown.sort((a, b) => b.head - a.head || b.tf - a.tf ||
        (a.seg.key < b.seg.key ? 1 : a.seg.key > b.seg.key ? -1 : b.id - a.id));
      const laterFacets = () => {
        if (!s.n && !s.t && found.length) facets().then(() => { if (mine === running) fillFacets(); }, () => {});
      };
      if (shown.length === 0) {
        status.textContent = '没有找到包含“' + s.q + '”的文章。';
        laterFacets();
        return;
      }
      const pages = Math.ceil(shown.length / PER_PAGE);
      const page = Math.min(s.page, pages);
      const slice = shown.slice((page - 1) * PER_PAGE, page * PER_PAGE);
      const docs = await Promise.all(slice.map((r) =>
        fetchGz(indexUrl + r.seg.key + '/d' + r.id + '.gz').then((b) => JSON.parse(utf8Decoder.decode(b)))));
      if (mine !== running) return;
      status.textContent = '找到 ' + shown.length + ' 篇文章' + (pages > 1 ? '，第 ' + page + '/' + pages + ' 页' : '') + '。';
      list.start = (page - 1) * PER_PAGE + 1;
      list.replaceChildren(...docs.map((d) => resultItem(d, phrases)));
      if (pages > 1) {
        pager.hidden = false;
        const prev = pager.querySelector('.prev'), next = pager.querySelector('.next');
        prev.hidden = page <= 1;
        next.hidden = page >= pages;
        prev.href = urlFor({ ...s, page: page - 1 });
        next.href = urlFor({ ...s, page: page + 1 });
        pager.querySelector('.where').textContent = page + ' / ' + pages;
      }
      laterFacets();
    } catch (e) {
      if (mine !== running) return;
      status.textContent = '搜索出错：' + e.message;
    }
  }

  function go(s, replace) {
    const url = urlFor(s);
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    run();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: input.value.trim().slice(0, 64), y: '', n: '', t: '', page: 1 });
  });
  filters.addEventListener('change', () => {
    const s = state();
    for (const sel of filters.querySelectorAll('select')) s[sel.name] = sel.value;
    s.page = 1;
    go(s);
  });
  pager.addEventListener('click', (e) => {
    const a = e.target.closest('a');
    if (!a) return;
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    run();
    root.scrollIntoView();
  });
  window.addEventListener('popstate', run);
  run();
})();
