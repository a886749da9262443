// The incremental renderer: pages rendered from the Astro bundle, re-rendered only when their data changed,
// and published by hard-link sync. Runs renderSite in-process on a copy of the site fixture corpus.
import { before, after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPaths, type CorpusPaths } from '../../src/lib/corpus.ts';
import { renderSite, type RenderStats } from '../../src/render/render-site.ts';
import { syncTree } from '../../src/render/link-tree.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site-corpus');

let tmp: string;
let paths: CorpusPaths;
let site: string;

const article = (headline: string, published: string | null, source = 'وكالة الاختبار') =>
  `---\nheadline: "${headline}"\nsource:\n  name: ${source}\n  domain: agency.example\ndate:\n  published: ${published ? `"${published}"` : 'null'}\nlanguage: ar\n---\nنص ${headline}.\n`;
const write = (id: string, text: string) => fs.writeFileSync(path.join(paths.articles, `${id}.md`), text);
const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');
const render = async (): Promise<RenderStats> => {
  const { siteDir, stats } = await renderSite({ paths });
  site = siteDir;
  assert.deepEqual(stats.failed, []);
  return stats;
};

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-render-'));
  fs.cpSync(FIXTURE, path.join(tmp, 'corpus'), { recursive: true });
  paths = corpusPaths(path.join(tmp, 'corpus'));
  for (let i = 1; i <= 60; i++) write(`agency-${String(i).padStart(3, '0')}`, article(`خبر رقم ${i}`, `2012-05-${String((i % 28) + 1).padStart(2, '0')}`));
});

after(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

describe('incremental renderer', () => {
  let first: RenderStats;

  it('should render every page of the archive on the first run', { timeout: 180_000 }, async () => {
    first = await render();
    assert.equal(first.rendered, first.pages);
    assert.ok(first.pages > 70, `${first.pages} pages`);
    assert.match(read('articles/elaph-syria/index.html'), /<html lang="ar" dir="rtl"/);
    assert.match(read('articles/elaph-syria/index.html'), /هزيمة امريكا/);
    assert.match(read('dates/2012/05/2/index.html'), /rel="prev" href="\/dates\/2012\/05\/"/);
    assert.match(read('404.html'), /الصفحة غير موجودة/);
    assert.match(read('sitemap-0.xml'), /<loc>http:\/\/localhost:4321\/articles\/agency-001\/<\/loc>/);
    assert.ok(fs.existsSync(path.join(site, 'raw', '000_ae3ddf4379f0a20d.txt')));
    assert.ok(fs.readdirSync(path.join(site, '_astro')).some((f) => f.endsWith('.css')));
  });

  it('should render nothing again when nothing changed', async () => {
    const again = await render();
    assert.equal(again.rendered, 0);
    assert.equal(again.parsed, 0);
  });

  it('should re-render only the new article, its neighbours and the listings it appears in', async () => {
    const before = fs.statSync(path.join(site, 'articles/elaph-syria/index.html')).ino;
    write('agency-new', article('خبر جديد وصل الآن', '2012-05-15T12:00'));
    const s = await render();
    assert.equal(s.parsed, 1);
    assert.ok(s.rendered >= 6 && s.rendered <= 14, `${s.rendered} pages re-rendered`);
    assert.match(read('articles/agency-new/index.html'), /خبر جديد وصل الآن/);
    const listed = (dir: string) => fs.readdirSync(path.join(site, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html')).some((f) => read(path.join(dir, f)).includes('خبر جديد وصل الآن'));
    assert.ok(listed('dates/2012/05') && listed('sources/agency.example'));
    // The new article is linked from its neighbours in date order.
    const linking = fs.readdirSync(path.join(site, 'articles')).filter((id) => read(`articles/${id}/index.html`).includes('/articles/agency-new/'));
    assert.equal(linking.length, 2);
    assert.equal(fs.statSync(path.join(site, 'articles/elaph-syria/index.html')).ino, before, 'an unrelated page was rewritten');
  });

  it('should update the pages showing an edited headline and drop a removed article', async () => {
    write('agency-new', article('عنوان مصحَّح', '2012-05-15T12:00'));
    await render();
    assert.match(read('articles/agency-new/index.html'), /عنوان مصحَّح/);
    assert.doesNotMatch(read('articles/agency-new/index.html'), /خبر جديد وصل الآن/);
    fs.rmSync(path.join(paths.articles, 'agency-new.md'));
    const s = await render();
    assert.ok(s.removed >= 1);
    assert.ok(!fs.existsSync(path.join(site, 'articles/agency-new')));
    assert.doesNotMatch(read('sitemap-0.xml'), /agency-new/);
  });

  it('should report an article that does not fit the schema and render the rest', async () => {
    write('broken', '---\nheadline: ""\nsource: 3\n---\nنص\n');
    const s = await render();
    assert.equal(s.invalid, 1);
    assert.ok(!fs.existsSync(path.join(site, 'articles/broken')));
    fs.rmSync(path.join(paths.articles, 'broken.md'));
  });
});

describe('publishing by hard-link sync', () => {
  it('should link new files, keep unchanged ones and remove what is gone', () => {
    const src = path.join(tmp, 'sync-src'), dest = path.join(tmp, 'sync-dest');
    fs.mkdirSync(path.join(src, 'a'), { recursive: true });
    fs.writeFileSync(path.join(src, 'a', 'one.html'), '1');
    fs.writeFileSync(path.join(src, 'two.html'), '2');
    assert.deepEqual(syncTree(src, dest), { linked: 2, removed: 0, kept: 0 });
    assert.equal(fs.statSync(path.join(dest, 'a', 'one.html')).ino, fs.statSync(path.join(src, 'a', 'one.html')).ino);
    // The renderer replaces files by rename: the published copy follows, an unchanged file is kept.
    fs.writeFileSync(path.join(src, 'new.tmp'), 'changed');
    fs.renameSync(path.join(src, 'new.tmp'), path.join(src, 'two.html'));
    fs.rmSync(path.join(src, 'a'), { recursive: true });
    fs.mkdirSync(path.join(dest, 'stale'));
    assert.deepEqual(syncTree(src, dest), { linked: 1, removed: 2, kept: 0 });
    assert.equal(fs.readFileSync(path.join(dest, 'two.html'), 'utf8'), 'changed');
    assert.deepEqual(fs.readdirSync(dest), ['two.html']);
    assert.deepEqual(syncTree(src, dest), { linked: 0, removed: 0, kept: 1 });
  });
});
