// Real-browser tests of /search/ in Chromium: every normalisation category in both directions,
// the all-words and phrase rules, URL state, filters, comments, keyboard, and offline operation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSearchSite, type BuiltSite } from './site.ts';

let site: BuiltSite;
let browser: Browser;
let page: Page;
const external: string[] = [];

before(async () => {
  site = await buildSearchSite();
  browser = await launchBrowser();
  const context = await browser.newContext();
  // Offline: anything not served by our 127.0.0.1 server is recorded and refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const TITLES: Record<string, string> = {
  a: 'تقرير عن الوضع الميداني', b: 'حصاد الأسبوع', red: 'جولة في البيت الأحمر القديم', house: 'ترميم البيت التراثي',
  apart: 'ألوان المدينة', penguin: 'البطريق في حديقة الحيوان', bridge: 'قنطرة على النهر', has: 'حوار مع رئيس النادي',
};

async function settle(p: Page) {
  await p.waitForSelector('[data-search][data-ready]');
  await p.waitForFunction(() => {
    const root = document.querySelector('[data-search]')!;
    return !root.hasAttribute('aria-busy') && (document.querySelector('[data-status]')!.textContent ?? '').trim().length > 0;
  });
}

/** Open /search/ with the given URL parameters and return the result headlines. */
async function open(params: Record<string, string>): Promise<string[]> {
  await page.goto(`${site.server.url}/search/?${new URLSearchParams(params)}`);
  await settle(page);
  return page.locator('li[data-result] .sr-title').allInnerTexts();
}

const titles = (...keys: string[]) => keys.map((k) => TITLES[k]).sort();

// Article a holds the first spelling of each pair, article b the second: each query must find both.
const PAIRS: [string, string][] = [
  ['والجيش', 'الجيش'], ['لموسكو', 'موسكو'], ['كمدرب', 'مدرب'], ['الخطة', 'الخطه'], ['مستشفى', 'مستشفي'],
  ['مسؤول', 'مسئول'], ['کتاب', 'كتاب'], ['۲۰۱۵', '2015'], ['یوم', 'يوم'],
];

for (const [inA, inB] of PAIRS) {
  test(`should find both spellings ${inA} / ${inB} whichever one is typed`, async () => {
    assert.deepEqual((await open({ q: inA })).sort(), titles('a', 'b'), `query ${inA}`);
    assert.deepEqual((await open({ q: inB })).sort(), titles('a', 'b'), `query ${inB}`);
  });
}

test('should find والجيش and الجيش when فالجيش or للجيش is typed', async () => {
  assert.deepEqual((await open({ q: 'فالجيش' })).sort(), titles('a', 'b'));
  assert.deepEqual((await open({ q: 'للجيش' })).sort(), titles('a', 'b'));
});

test('should highlight the original words in the excerpt', async () => {
  await open({ q: 'الجيش' });
  const marks = await page.locator('li[data-result] mark').allInnerTexts();
  assert.ok(marks.includes('والجيش') && marks.includes('الجيش'), marks.join(','));
});

test('should not let بلدية match لديه (no bare-prefix collision)', async () => {
  assert.deepEqual(await open({ q: 'بلدية' }), []);
  assert.deepEqual(await open({ q: 'لديه' }), [TITLES.has]);
});

test('should require every word: البيت الأحمر does not return a page with only البيت', async () => {
  assert.deepEqual((await open({ q: 'البيت الأحمر' })).sort(), titles('apart', 'red'));
  assert.ok((await open({ q: 'البيت' })).includes(TITLES.house));
});

test('should say which word matched nothing instead of dropping it', async () => {
  assert.deepEqual(await open({ q: 'البيت الأزرقاني' }), []);
  assert.deepEqual(await page.locator('[data-missing]').allInnerTexts(), ['الأزرقاني']);
});

test('should match a quoted phrase only where its words are adjacent', async () => {
  assert.deepEqual(await open({ q: '"البيت الأحمر"' }), [TITLES.red]);
  assert.deepEqual(await open({ q: '«الأحمر البيت»' }), []);
  assert.match(await page.locator('[data-status]').innerText(), /متجاورة/);
});

test('should mark matches in readers\' comments as such', async () => {
  assert.deepEqual(await open({ q: 'الزعفرانية' }), [TITLES.b]);
  assert.match(await page.locator('li[data-result]').innerText(), /في تعليقات القراء/);
  assert.equal(await page.locator('li[data-result] a').getAttribute('href'), '/articles/2016-army-b/#comments');
});

test('should find an article with minimal frontmatter and an undated one', async () => {
  assert.deepEqual(await open({ q: 'البطريق' }), [TITLES.penguin]);
  assert.deepEqual(await open({ q: 'قنطرة' }), [TITLES.bridge]);
  assert.match(await page.locator('li[data-result] .sr-meta').innerText(), /بلا تاريخ/);
});

test('should apply source and year filters from the URL and suggest removing them', async () => {
  assert.deepEqual(await open({ q: 'الجيش', source: 'العربية' }), [TITLES.b]);
  assert.equal(await page.locator('select[name="source"]').inputValue(), 'العربية');
  assert.deepEqual(await open({ q: 'الجيش', year: '2015' }), [TITLES.a]);
  assert.deepEqual(await open({ q: 'البطريق', year: '2015' }), []);
  await page.click('[data-clear-filters]');
  await settle(page);
  assert.deepEqual(await page.locator('li[data-result] .sr-title').allInnerTexts(), [TITLES.penguin]);
  assert.doesNotMatch(page.url(), /year=/);
});

test('should load only the index of the shard holding the filtered year for a year-filtered first query', async () => {
  site.server.reset();
  // 2016's article b also says الجيش and shares 2015's shard: the year must reach Pagefind as a filter.
  assert.deepEqual(await open({ q: 'الجيش', year: '2015' }), [TITLES.a]);
  // Index data must come from the 2015-2016 bundle only (folder: name.contentkey).
  const data = site.server.stats.log.filter((l) => /\.pf_\w+$/.test(l.url.split('?')[0]));
  assert.ok(data.length > 0);
  const bundles = new Set(data.map((l) => /\/pagefind\/([^/]+)\.[0-9a-f]+\//.exec(l.url)?.[1]));
  assert.deepEqual([...bundles], ['2015-2016']);
  // One filter file: the year's.
  assert.equal(data.filter((l) => /\.pf_filter$/.test(l.url.split('?')[0])).length, 1);
});

test('should offer every year and source in the filter menus', async () => {
  await open({});
  const years = await page.locator('select[name="year"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.deepEqual(years, ['', '2017', '2016', '2015', 'undated']);
  const sources = await page.locator('select[name="source"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.ok(sources.includes('العربية') && sources.length > 2, sources.join(','));
});

test('should show results as the user types and keep ?q= in the URL', async () => {
  await open({});
  assert.match(await page.locator('[data-status]').innerText(), /اكتب كلمة/);
  await page.locator('#search-q').pressSequentially('موسكو', { delay: 30 });
  await page.waitForFunction(() => document.querySelectorAll('li[data-result]').length === 2);
  await settle(page);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'موسكو');
});

test('should move between the search box and results with the arrow keys', async () => {
  await open({ q: 'الجيش' });
  await page.focus('#search-q');
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement?.closest('li[data-result]') !== null);
  assert.ok(first);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => [...document.querySelectorAll('li[data-result] > a')].indexOf(document.activeElement as Element));
  assert.equal(second, 1);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
});

test('should escape markup typed into the query', async () => {
  await open({ q: '<img src=x onerror=alert(1)>' });
  assert.equal(await page.locator('[data-status] img').count(), 0);
});

test('should keep a first query to a bounded number of requests, and a follow-up query cheaper', async (t) => {
  const searchStats = async (q: string) => {
    site.server.reset();
    await page.fill('#search-q', q);
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('q') === v, q);
    await settle(page);
    const log = site.server.stats.log;
    return { requests: log.length, bytes: log.reduce((n, l) => n + l.bytes, 0), urls: log.map((l) => l.url.split('?')[0]) };
  };
  // A fresh page: the manifest is loaded at start-up, no Pagefind file before the first query.
  const fresh = await browser.newContext();
  const p = await fresh.newPage();
  site.server.reset();
  await p.goto(`${site.server.url}/search/`);
  await settle(p);
  assert.ok(!site.server.stats.log.some((l) => /\.pf_\w+$/.test(l.url)), 'no index file before the first query');
  const prev = page;
  page = p;
  try {
    const first = await searchStats('الجيش');
    const follow = await searchStats('موسكو');
    t.diagnostic(`first query: ${first.requests} requests, ${first.bytes} bytes; follow-up: ${follow.requests} requests, ${follow.bytes} bytes`);
    t.diagnostic(`first query files: ${first.urls.join(' ')}`);
    assert.ok(first.requests <= 4 + 2 * 4 + 4 * 2 + 10, `first query made ${first.requests} requests`);
    assert.ok(follow.requests < first.requests && follow.bytes < first.bytes / 4);
  } finally {
    page = prev;
    await fresh.close();
  }
});

test('should never request anything outside 127.0.0.1', () => {
  assert.deepEqual(external, []);
});
