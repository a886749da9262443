// Unit tests of the site's data helpers: formatting, grouping, slugs, timeline, markdown safety.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleSchema, type ArticleInput } from '../../src/schema/article.ts';
import {
  formatNumber, formatGregorian, formatHijri, formatMonth, parseIso, articlesCount, commentsCount,
} from '../../src/site/format.ts';
import {
  sortByDate, sourceSlug, sourceName, groupBySource, groupByYearMonth, undated, withNeighbours, monthlyTimeline,
  rawOutputPath, summarize, UNKNOWN_SOURCE, type Entry,
} from '../../src/site/archive.ts';
import { siteRoutes, SITEMAP_CHUNK, type Route } from '../../src/site/routes.ts';
import { bodyHtml } from '../../src/site/markdown.ts';
import { layoutTimeline } from '../../src/site/timeline.ts';
import { rawFiles } from '../../src/site/raw.ts';
import { feedItems } from '../../src/site/feed.ts';

const entry = (id: string, input: Partial<ArticleInput> & { published?: string | null }): Entry => {
  const { published = null, ...rest } = input;
  return { id, data: summarize(articleSchema.parse({ headline: `عنوان ${id}`, source: { name: 'المصدر' }, date: { published }, language: 'ar', ...rest })) };
};

describe('formatting', () => {
  it('should print numbers in the configured digit style', () => {
    assert.equal(formatNumber(7, 'latn'), '7');
    assert.equal(formatNumber(7, 'arab'), '٧');
    assert.match(formatGregorian('2015-09-17', 'arab')!, /١٧ سبتمبر ٢٠١٥/);
    assert.match(formatGregorian('2015-09-17', 'latn')!, /17 سبتمبر 2015/);
  });

  it('should give the Umm al-Qura Hijri equivalent of a Gregorian date', () => {
    assert.equal(formatHijri('2015-09-17', 'latn'), '4 ذو الحجة 1436 هـ');
    assert.equal(formatHijri(null), null);
  });

  it('should keep the wall-clock time written in the source, whatever its offset', () => {
    assert.match(formatGregorian('2015-09-17T10:30+03:00', 'latn')!, /10:30/);
    assert.match(formatGregorian('2015-09-17T23:30', 'latn')!, /17 سبتمبر.*11:30/);
    assert.equal(parseIso('2015-09-17T10:30+0300')!.timeZone, '+03:00');
    assert.equal(parseIso('not a date'), null);
  });

  it('should use the right Arabic plural form for counts', () => {
    assert.equal(articlesCount(1, 'latn'), 'مقال واحد');
    assert.equal(articlesCount(2, 'latn'), 'مقالان');
    assert.equal(articlesCount(5, 'latn'), '5 مقالات');
    assert.equal(articlesCount(20, 'latn'), '20 مقالًا');
    assert.equal(commentsCount(0, 'latn'), 'لا تعليقات');
    assert.equal(formatMonth(2015, 9, 'arab'), 'سبتمبر ٢٠١٥');
  });
});

describe('archive grouping', () => {
  const list = [
    entry('b', { published: '2014-03-02' }),
    entry('undated-1', { published: null }),
    entry('a', { published: '2015-09-17T10:30+03:00', source: { name: 'إيلاف', domain: 'www.Elaph.com' } }),
    entry('c', { published: '2014-01-05', source: { name: null } }),
  ];

  it('should order newest first and put undated articles last', () => {
    assert.deepEqual(sortByDate(list).map((e) => e.id), ['a', 'b', 'c', 'undated-1']);
  });

  it('should give every source a stable ASCII slug, including unknown ones', () => {
    assert.equal(sourceSlug(list[2]), 'elaph.com');
    assert.match(sourceSlug(list[0]), /^s-[0-9a-f]{10}$/);
    assert.equal(sourceSlug(list[0]), sourceSlug(entry('z', {})));
    assert.equal(sourceSlug(list[3]), 'unknown');
    assert.equal(sourceName(list[3]), UNKNOWN_SOURCE);
    assert.deepEqual(groupBySource(list).map((g) => g.entries.length).sort(), [1, 1, 2]);
  });

  it('should group dated articles by year and month and keep undated ones reachable', () => {
    const years = groupByYearMonth(list);
    assert.deepEqual(years.map((y) => y.year), ['2015', '2014']);
    assert.deepEqual(years[1].months.map((m) => m.key), ['01', '03']);
    assert.deepEqual(undated(list).map((e) => e.id), ['undated-1']);
  });

  it('should find the newer and older neighbours in date order', () => {
    const sorted = sortByDate(list);
    const pages = withNeighbours(sorted);
    assert.deepEqual(pages[1], { entry: sorted[1], newer: sorted[0], older: sorted[2] });
    assert.equal(pages[0].newer, null);
    assert.equal(pages.at(-1)!.older, null);
  });

  it('should draw one bar per month with empty months in between, oldest at the right', () => {
    const bars = monthlyTimeline(list);
    assert.equal(bars.length, 21); // 2014-01 … 2015-09
    assert.deepEqual(bars.filter((b) => b.count).map((b) => b.key), ['2014-01', '2014-03', '2015-09']);
    const chart = layoutTimeline(bars);
    assert.ok(chart.bars[0].x > chart.bars.at(-1)!.x);
    assert.ok(chart.bars.every((b) => b.y + b.height === chart.plotHeight));
  });

  it('should only feed dated articles, newest first', () => {
    assert.deepEqual(feedItems(sortByDate(list)).map((i) => i.link), ['articles/a/', 'articles/b/', 'articles/c/']);
    const [item] = feedItems([entry('x', { published: '2015-01-01', subtitle: '<img src=x onerror="alert(1)"> & co' })]);
    assert.equal(item.description, '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
  });
});

describe('raw provenance', () => {
  it('should publish raw files as .txt and never outside the corpus', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arshif-raw-'));
    fs.mkdirSync(path.join(dir, 'raw'));
    fs.writeFileSync(path.join(dir, 'raw', 'a.html'), '<p>x</p>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'no');
    const sha256 = '0'.repeat(64);
    const list = [{ path: 'raw/a.html', sha256 }, { path: '../secret.txt', sha256 }, { path: 'secret.txt', sha256 }];
    assert.equal(rawOutputPath('raw/000_x.txt'), '000_x.txt');
    assert.deepEqual(rawFiles(list, dir).map((f) => f.output), ['a.html.txt', 'secret.txt']);
    assert.ok(!rawFiles(list, path.join(dir, 'raw')).some((f) => f.file.endsWith('secret.txt')));
    fs.rmSync(dir, { recursive: true });
  });
});

describe('markdown safety', () => {
  const render = async (md: string) => bodyHtml(md);

  it('should show raw HTML in an article body as text instead of running it', async () => {
    const html = await render('قبل\n\n<script>window.__pwned=1</script>\n\nنص <img src=x onerror="window.__pwned=1"> بعد');
    assert.doesNotMatch(html, /<script|<img/i);
    assert.match(html, /&#x3C;script>window.__pwned=1/);
    assert.match(html, /<p>&#x3C;script>/);
  });

  it('should drop javascript: links and turn remote images into plain links', async () => {
    const html = await render('[اضغط](javascript:alert(1)) ![صورة](http://example.com/t.png) [ok](https://example.com/)\n\n# عنوان');
    assert.doesNotMatch(html, /javascript:|<img/i);
    assert.match(html, /<a href="http:\/\/example.com\/t.png">صورة<\/a>/);
    assert.match(html, /<a href="https:\/\/example.com\/">ok<\/a>/);
    assert.match(html, /<h2[^>]*>عنوان<\/h2>/);
  });
});

describe('route table', () => {
  const many = Array.from({ length: 120 }, (_, i) => entry(`m${String(i).padStart(3, '0')}`, { published: `2016-02-${String((i % 28) + 1).padStart(2, '0')}` }));
  const sorted = sortByDate([...many, entry('u1', { published: null }), entry('old', { published: '2001-05-01', source: { name: 'إيلاف', domain: 'elaph.com' } })]);
  const routes = siteRoutes(sorted);
  const byPath = new Map(routes.map((r) => [r.path, r]));
  const one = <K extends Route['kind']>(p: string, kind: K) => {
    const r = byPath.get(p);
    assert.equal(r?.kind, kind, p);
    return r as Extract<Route, { kind: K }>;
  };

  it('should give every article, listing page and feed one route with a distinct output file', () => {
    assert.equal(routes.filter((r) => r.kind === 'article').length, sorted.length);
    assert.equal(new Set(routes.map((r) => r.file)).size, routes.length);
    assert.equal(one('404/', 'notFound').file, '404.html');
    assert.equal(one('articles/old/', 'article').file, 'articles/old/index.html');
    const { newer, older } = one('articles/old/', 'article').props;
    assert.deepEqual([newer?.id, older?.id], [sorted.at(-3)!.id, 'u1']);
  });

  it('should paginate listings 50 to a page with links both ways', () => {
    const [p1, p2, p3] = ['dates/2016/02/', 'dates/2016/02/2/', 'dates/2016/02/3/'].map((p) => one(p, 'month').props.page);
    assert.deepEqual([p1.data.length, p2.data.length, p3.data.length], [50, 50, 20]);
    assert.deepEqual([p2.start, p2.end, p2.total, p2.currentPage, p2.lastPage], [50, 99, 120, 2, 3]);
    assert.equal(p1.url.prev, undefined);
    assert.equal(p2.url.prev, '/dates/2016/02/');
    assert.equal(p2.url.next, '/dates/2016/02/3/');
    assert.equal(byPath.has('dates/2016/02/4/'), false);
    assert.equal(one('undated/', 'undated').props.page.data[0].id, 'u1');
    assert.equal(one('sources/elaph.com/', 'source').props.label, 'إيلاف');
  });

  it('should count per year, month and source on the overview pages', () => {
    const home = one('', 'home').props;
    assert.equal(home.total, 122);
    assert.equal(home.undated, 1);
    assert.deepEqual(home.years.map((y) => [y.year, y.count]), [['2016', 120], ['2001', 1]]);
    assert.deepEqual(home.sources.map((s) => s.count), [121, 1]);
    assert.equal(home.latest.length, 12);
    assert.deepEqual(one('dates/2016/', 'year').props.months, [{ key: '02', month: 2, count: 120 }]);
  });

  it('should change only the routes an added article appears on', () => {
    const added = entry('new', { published: '2001-06-01', source: { name: 'إيلاف', domain: 'elaph.com' } });
    const after = siteRoutes(sortByDate([...sorted, added]));
    const key = (r: Route) => `${r.file}\0${JSON.stringify(r.props)}`;
    const before = new Set(routes.map(key));
    const changed = after.filter((r) => !before.has(key(r))).map((r) => r.path).sort();
    assert.deepEqual(changed, [
      '', `articles/${sorted.at(-3)!.id}/`, 'articles/new/', 'articles/old/', 'dates/', 'dates/2001/', 'dates/2001/06/',
      'sitemap-0.xml', 'sources/', 'sources/elaph.com/',
    ].sort());
  });

  it('should list every page in sitemaps of at most 50,000 URLs', () => {
    const pages = routes.filter((r) => r.file.endsWith('index.html')).length;
    assert.equal(one('sitemap-0.xml', 'sitemap').props.paths.length, pages);
    assert.equal(one('sitemap-index.xml', 'sitemapIndex').props.chunks, Math.ceil(pages / SITEMAP_CHUNK));
  });
});
