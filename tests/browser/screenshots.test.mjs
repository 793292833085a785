// Screenshots of one page of every kind at desk width (1280 px) and phone size
// (360x740), the article (phone) and the edition (desk) in the dark scheme, and
// the article as printed, into build/browser-shots/ (or $GAZETTE_SHOTS_DIR) for
// people to look at. The test checks that each is a PNG of the expected size.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { shootPageKinds } from './screenshots.mjs';
import { REQUIRED_KINDS, shotsDir, startSite } from './support/site.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const b = readFileSync(file);
  assert.ok(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('screenshots of every page kind, desk and phone', async (t) => {
  for (const k of REQUIRED_KINDS) assert.ok(site.kinds[k], `no page of kind ${k} in the built site`);
  const dir = shotsDir();
  const shots = await shootPageKinds(site, dir);
  for (const kind of Object.keys(site.kinds)) {
    for (const width of ['desk', 'phone']) {
      assert.ok(shots.some((s) => path.basename(s.file) === `${kind}-${width}.png`), `no ${width} screenshot of the ${kind} page`);
    }
  }
  for (const shot of shots) {
    const { width, height } = pngSize(shot.file);
    assert.equal(width, shot.viewport.width, `${shot.file}: width`);
    assert.ok(height >= shot.viewport.height, `${shot.file}: a full page is at least one screen tall (${height}px)`);
  }
  t.diagnostic(`${shots.length} screenshots in ${dir}`);
});
