// Real-browser tests of the built site: builds the fixture corpus once, serves it, drives Debian Chromium.
import { before, after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/site-corpus');
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const EXTRA = 55; // one source, one month: enough to need a second listing page (50 per page)

let tmp: string;
let server: StaticServer;
let browser: Browser;
let ids: string[];

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-site-'));
  const corpus = path.join(tmp, 'corpus');
  fs.cpSync(FIXTURE, corpus, { recursive: true });
  for (let i = 1; i <= EXTRA; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    fs.writeFileSync(path.join(corpus, 'articles', `agency-${String(i).padStart(3, '0')}.md`),
      `---\nheadline: "خبر الوكالة رقم ${i}"\nsource:\n  name: وكالة الاختبار\n  domain: agency.example\ndate:\n  published: "2012-05-${day}"\nlanguage: ar\n---\nنص الخبر ${i}.\n`);
  }
  ids = fs.readdirSync(path.join(corpus, 'articles')).map((f) => f.replace(/\.md$/, ''));
  await promisify(execFile)(process.execPath, ['scripts/arshif.ts', 'build', '--skip-ingest', '--quiet', '--corpus', corpus, '--out', path.join(tmp, 'dist')],
    { cwd: ROOT, env: { ...process.env, ARSHIF_DIGITS: 'latn' }, maxBuffer: 1 << 24 });
  server = await serveStatic(path.join(tmp, 'dist'));
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Visit { page: Page; foreign: string[]; dialogs: string[]; errors: string[]; status: number | undefined }

/** Open a site path in a fresh page, recording requests leaving the origin, dialogs and page errors. */
async function visit(p: string, { width = 1280, dark = false } = {}): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  const foreign: string[] = [], dialogs: string[] = [], errors: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url + '/') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(server.url + p, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return { page, foreign, dialogs, errors, status: res?.status() };
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** Same-origin links of a page, as site paths without hash or query. */
async function links(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.filter((h) => h.startsWith(server.url + '/')).map((h) => new URL(h).pathname);
}

describe('built site in a real browser', () => {
  it('should lay out every kind of page right-to-left in Arabic', async () => {
    for (const p of ['/', '/articles/elaph-syria/', '/sources/', '/dates/2015/09/', '/undated/', '/no-such-page/']) {
      const { page } = await visit(p);
      const dir = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir,
        getComputedStyle(document.body).direction, getComputedStyle(document.querySelector('main')!).direction]);
      assert.deepEqual(dir, ['ar', 'rtl', 'rtl', 'rtl'], p);
      await page.close();
    }
  });

  it('should show headline, subtitle, source, Gregorian and Hijri dates, body and every comment on an article page', async () => {
    const { page } = await visit('/articles/elaph-syria/');
    assert.equal(await text(page, 'h1'), 'واشنطن منفتحة على محادثات مع موسكو بشأن سوريا');
    const main = await text(page, 'main');
    for (const expected of ['الولايات المتحدة لحث روسيا على مواجهة داعش', 'إيلاف', 'واشنطن: أ ف ب',
      'الخميس، 17 سبتمبر 2015', '4 ذو الحجة 1436 هـ', 'آخر تحديث', 'الجمعة، 18 سبتمبر 2015',
      'اعلن البيت الابيض الخميس', 'ذكرت الصفحة الأصلية 5 تعليقات', 'raw/elaph-syria.txt']) {
      assert.ok(main.includes(expected), `missing: ${expected}`);
    }
    assert.deepEqual(await page.locator('.article__body h2').allInnerTexts(), ['مستوى التمثيل', 'حصن منيع!']);
    assert.equal(await page.locator('.comments .comment').count(), 3);
    const comments = await text(page, '.comments');
    for (const c of ['هزيمة امريكا', 'الغريق', 'بدات المقايضة', 'سالم', 'تعليق بلا اسم ولا عنوان.']) assert.ok(comments.includes(c), c);
    assert.equal(await page.getAttribute('.kicker a', 'href'), '/sources/elaph.com/');
    // Comments are set apart from the article text.
    assert.equal(await page.locator('.article__body .comment').count(), 0);
    await page.close();
  });

  it('should render minimal, undated, unknown-source and Latin-named articles', async () => {
    const minimal = await visit('/articles/minimal/');
    assert.equal(await text(minimal.page, 'h1'), 'خبر قصير بأقل البيانات');
    assert.ok((await text(minimal.page, 'main')).includes('الأربعاء، 5 يونيو 2013'));
    const unknown = await visit('/articles/unknown-source/');
    assert.equal(await text(unknown.page, '.kicker'), 'مصدر غير معروف');
    assert.equal(await unknown.page.getAttribute('.kicker a', 'href'), '/sources/unknown/');
    const undatedPage = await visit('/articles/asharq-opinion/');
    assert.ok((await text(undatedPage.page, '.byline')).includes('بلا تاريخ'));
    const bbc = await visit('/articles/bbc-culture/');
    assert.ok((await text(bbc.page, '.byline')).includes('18 ربيع الآخر 1437'));
    assert.equal(await bbc.page.locator('.kicker bdi').innerText(), 'BBC Arabic');
    for (const v of [minimal, unknown, undatedPage, bbc]) await v.page.close();
  });

  it('should render an article written by ingest from a real seed page', async () => {
    const { page } = await visit('/articles/000_ae3ddf4379f0a20d/');
    assert.equal(await text(page, 'h1'), 'واشنطن منفتحة على محادثات مع موسكو بشأن سوريا');
    assert.deepEqual(await page.locator('.article__body h2').allInnerTexts(), ['مستوى التمثيل', 'حصن منيع!', 'ضد داعش']);
    assert.ok((await page.locator('.article__body p').count()) >= 10);
    assert.ok((await page.locator('.comments .comment').count()) >= 3);
    assert.ok((await text(page, '.byline')).includes('بلا تاريخ'));
    assert.equal(await page.getAttribute('.provenance a', 'href'), '/raw/000_ae3ddf4379f0a20d.txt');
    await page.close();
  });

  it('should reach every article from the home page through date, source and undated listings', async () => {
    const seen = new Set<string>(), found = new Set<string>(), broken: string[] = [];
    const queue = ['/'];
    while (queue.length) {
      const p = queue.shift()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const res = await fetch(server.url + p);
      if (res.status !== 200) { broken.push(p); continue; }
      if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
      const html = await res.text();
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"#?]+)/g)) {
        const target = new URL(href, server.url + p);
        if (target.origin !== server.url) continue;
        const m = /^\/articles\/([^/]+)\/$/.exec(target.pathname);
        if (m) found.add(m[1]);
        // Article pages link to neighbours; crawling listings only proves the listings are complete.
        if (!m) queue.push(target.pathname);
      }
    }
    assert.deepEqual(broken, []);
    assert.deepEqual([...found].sort(), [...ids].sort());
    assert.ok(seen.has('/sources/agency.example/2/'), 'second listing page is linked');
    assert.ok(seen.has('/undated/') && seen.has('/dates/2015/09/') && seen.has('/sources/unknown/'));
  });

  it('should paginate listings fifty articles per page', async () => {
    const first = await visit('/sources/agency.example/');
    assert.equal(await first.page.locator('.card').count(), 50);
    await first.page.click('a[rel=next]');
    await first.page.waitForURL(/\/2\/$/);
    assert.equal(await first.page.locator('.card').count(), EXTRA - 50);
    await first.page.close();
  });

  it('should never execute or render markup from article text', async () => {
    const v = await visit('/articles/hostile/');
    await v.page.waitForTimeout(300);
    assert.equal(await v.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(v.dialogs, []);
    assert.deepEqual(v.errors, []);
    assert.ok((await text(v.page, 'h1')).startsWith('<script>window.__pwned=1</script> **عنوان** # [رابط]'));
    // No element or attribute came from article text: no tags, no handlers, no javascript: URLs.
    const live = await v.page.evaluate(() => [...document.querySelectorAll('main *')].flatMap((el) => [
      ...(['SCRIPT', 'IMG', 'IFRAME', 'B', 'I'].includes(el.tagName) ? [el.tagName] : []),
      ...[...el.attributes].filter((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)).map((a) => a.name)]));
    assert.deepEqual(live, []);
    const main = await text(v.page, 'main');
    for (const shown of ['<img src=x onerror="window.__pwned=1"> --- _مائل_', '<b>كاتب</b> & شركاه', '<i>مصدر</i> "خبيث"',
      '<img src=x onerror="window.__pwned=1"> **نص**', '<iframe src="javascript:window.__pwned=1"></iframe>',
      '<script>window.__pwned=1</script>', '<b onclick="window.__pwned=1">وسم مضمن</b>']) {
      assert.ok(main.includes(shown), `not shown as text: ${shown}`);
    }
    assert.equal(await v.page.locator('script').count(), 0, 'the site ships no script at all');
    // A saved HTML page is published as text, so opening it runs nothing either.
    const raw = await visit('/raw/bbc-culture.html.txt');
    assert.equal(await raw.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.ok((await raw.page.evaluate(() => document.body.innerText)).includes('<script>window.__pwned=1</script>'));
    assert.deepEqual(raw.foreign, []);
    await v.page.close(); await raw.page.close();
  });

  it('should link each article to the exact bytes of its raw source file', async () => {
    const { page } = await visit('/articles/bbc-culture/');
    const href = await page.getAttribute('.provenance a', 'href');
    assert.equal(href, '/raw/bbc-culture.html.txt');
    const res = await fetch(server.url + href);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), fs.readFileSync(path.join(FIXTURE, 'raw/bbc-culture.html')));
    await page.close();
    // Re-crawled copies of the same page are listed too.
    const dup = await visit('/articles/alhayat-oil/');
    assert.deepEqual(await dup.page.locator('.provenance a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ['/raw/alhayat-oil.txt', '/raw/alhayat-oil-mirror.txt']);
    assert.equal((await fetch(server.url + '/raw/alhayat-oil-mirror.txt')).status, 200);
    await dup.page.close();
  });

  it('should make no request outside its own origin and load the bundled Arabic font', async () => {
    for (const p of ['/', '/articles/hostile/', '/articles/elaph-syria/', '/dates/', '/sources/unknown/', '/missing/']) {
      const v = await visit(p);
      assert.deepEqual(v.foreign, [], p);
      assert.ok(await v.page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عربي')), `font on ${p}`);
      await v.page.close();
    }
  });

  it('should load only the regular Arabic face on the search page, and both faces on an article', async () => {
    const fonts = async (p: string) => {
      const page = await browser.newPage();
      const urls: string[] = [];
      page.on('request', (r) => { if (/\.woff2?$/.test(r.url())) urls.push(r.url()); });
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      await page.close();
      return urls;
    };
    const search = await fonts('/search/?q=' + encodeURIComponent('سوريا'));
    assert.ok(search.some((u) => /arabic-400/.test(u)), search.join(' '));
    assert.ok(!search.some((u) => /-700-/.test(u)), search.join(' '));
    assert.ok((await fonts('/articles/elaph-syria/')).some((u) => /arabic-700/.test(u)));
  });

  it('should have no serious or critical accessibility violations, in light and dark mode', async () => {
    for (const dark of [false, true]) for (const p of ['/', '/articles/elaph-syria/', '/sources/agency.example/', '/dates/']) {
      const { page } = await visit(p, { dark });
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      assert.deepEqual(violations, [], `${p}${dark ? ' (dark)' : ''}`);
      await page.close();
    }
  });

  it('should fit a 390 px phone without sideways scrolling and save screenshots at 390 and 1280 px', async () => {
    const shots: [string, string][] = [['home', '/'], ['article', '/articles/elaph-syria/'], ['hostile', '/articles/hostile/'],
      ['listing', '/sources/agency.example/'], ['dates', '/dates/'], ['404', '/missing/']];
    for (const width of [390, 1280]) for (const [name, p] of shots) {
      const { page } = await visit(p, { width });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${p} overflows by ${overflow}px at ${width}px`);
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
      await page.close();
    }
    const dark = await visit('/articles/elaph-syria/', { width: 390, dark: true });
    await dark.page.screenshot({ path: path.join(SHOTS, 'article-390-dark.png'), fullPage: true });
    await dark.page.close();
  });

  it('should serve an Arabic 404 page, an RSS feed and a sitemap', async () => {
    const v = await visit('/no/such/article/');
    assert.equal(v.status, 404);
    assert.equal(await text(v.page, 'h1'), 'الصفحة غير موجودة');
    await v.page.close();
    const rss = await (await fetch(server.url + '/rss.xml')).text();
    assert.match(rss, /<rss/);
    assert.ok(rss.includes('/articles/elaph-syria/'));
    assert.ok(rss.includes('<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;'), 'feed escapes titles');
    assert.ok(rss.includes('<description>&amp;lt;img src=x'), 'feed descriptions stay text once a reader renders them as HTML');
    assert.ok(!rss.includes('/articles/asharq-opinion/'), 'undated articles stay out of the feed');
    const sitemap = await (await fetch(server.url + '/sitemap-0.xml')).text();
    assert.ok(sitemap.includes('/articles/minimal/'));
  });
});
