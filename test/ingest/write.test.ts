// Article files: YAML through a real library, Markdown escaped so page text stays text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import matter from 'gray-matter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';
import { bodyToMarkdown, renderArticle, toFrontmatter } from '../../src/ingest/write.ts';
import { extractArticle, type ArticleRecord } from '../../src/ingest/extract.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { generatePage } from '../../src/bench/generate.ts';

const hostile: ArticleRecord = {
  file: 'x.txt',
  source: { name: 'موقع: "تجريبي" #1', domain: null },
  headline: '---\ntitle: injected\n--- <script>alert(1)</script>',
  subtitle: "'quoted' & {{ template }}",
  byline: '*نجمة* [رابط](javascript:alert(1))',
  date: { published: '2015-09-16', updated: null, hijri: '02 ذي الحجة 1436هـ' },
  body: ['# ليس عنوانا *ولا خط عريض* <img src=x onerror=alert(1)>', 'فقرة عادية.', 'عنوان فرعي', '- ليست قائمة\n---'],
  subheadings: ['عنوان فرعي'],
  comments: [{ author: 'a: b', title: null, when: 'منذ يوم', text: '<b>نص</b>\n---\nkey: value' }],
  comment_count_stated: 1,
  language: 'ar',
};

describe('article writer', () => {
  const text = renderArticle(toFrontmatter(hostile, { path: 'raw/x.txt', sha256: 'a'.repeat(64) }), hostile.body, hostile.subheadings);
  const { data, content } = matter(text);

  it('should round-trip hostile strings through the YAML frontmatter unchanged', () => {
    assert.equal(data.headline, hostile.headline);
    assert.equal(data.subtitle, hostile.subtitle);
    assert.equal(data.byline, hostile.byline);
    assert.equal(data.source.name, hostile.source.name);
    assert.equal(data.comments[0].text, hostile.comments[0].text);
    assert.equal(data.date.hijri, hostile.date.hijri);
  });

  it('should write paragraphs as text and subheadings as level-2 headings', () => {
    const tree = fromMarkdown(content);
    const kinds = tree.children.map((c) => (c.type === 'heading' ? `h${c.depth}` : c.type));
    assert.deepEqual(kinds, ['paragraph', 'paragraph', 'h2', 'paragraph']);
    const first = tree.children[0];
    assert.equal(first.type === 'paragraph' && first.children.length === 1 && first.children[0].type, 'text');
    assert.ok(!/<img/.test(content.replace(/\\</g, '')), 'angle brackets escaped');
  });
});

describe('frontmatter writer (own YAML emitter)', () => {
  // Strings YAML readers could take for something else, or that need escapes, in every field.
  const nasty = [
    'null', 'Null', '~', 'true', 'yes', 'No', 'on', 'y', 'N', '123', '-1.5e3', '0x1F', '.inf', '2015-09-16', '2015-09-16T10:30',
    '1:20', '', ' ', ' leading', 'trailing ', 'a: b', 'عنوان: فرعي', 'وسم #هاشتاغ', '#tag', '- item', '? key', '@user', '`tick`',
    '|', '>', '!tag', '&anchor', '*alias', '%dir', '"quoted"', "'single'", 'back\\slash', 'tab\there', 'line\nbreak', 'cr\rlf',
    'nel\u0085x', 'c1\u0090x', 'del\u007fx', 'ls\u2028ps\u2029', 'bom\ufeffx', 'nonchar\uffff', 'lone \ud800 high', 'lone \udc00 low',
    'emoji 😀 pair', 'rlm\u200fx', 'nul\u0000x', '[flow]', '{map}', 'عربي, [قوس] {معقوف}', 'ي', 'سطر  بمسافتين', 'ok.com', 'raw/a b.txt',
    'a'.repeat(64), '1'.repeat(64), '1e' + '2'.repeat(62), 'c2cb7a1eff740301ff7935336ecafa21db0bfc4590a19f13c0cc8ce8e9423be1',
    'long '.repeat(60).trim(), 'نص طويل '.repeat(40).trim(),
  ];

  it('should read back every hostile string unchanged with gray-matter (js-yaml 3) and js-yaml 4', async () => {
    const yaml = (await import('js-yaml')).default;
    for (const s of nasty) {
      const r: ArticleRecord = { ...hostile, headline: s || 'x', subtitle: s, byline: s, source: { name: s, domain: s }, date: { published: null, updated: null, hijri: s }, comments: [{ author: s, title: s, when: s, text: s }] };
      const front = toFrontmatter(r, { path: `raw/${s}`, sha256: 'b'.repeat(64) }, [{ path: s, sha256: 'c'.repeat(64) }]);
      const text = renderArticle(front, ['فقرة.'], []);
      const viaMatter = matter(text, {}).data; // options: no cache across calls
      const viaYaml4 = yaml.load(text.split('\n---\n')[0].slice(4));
      for (const data of [viaMatter, viaYaml4] as Record<string, any>[]) {
        assert.deepEqual(data, JSON.parse(JSON.stringify(front)), JSON.stringify(s));
      }
    }
  });

  it('should keep plain Arabic and simple tokens unquoted, so files stay readable', () => {
    const r: ArticleRecord = { ...hostile, headline: 'واشنطن منفتحة على محادثات', subtitle: null, byline: null, source: { name: 'إيلاف', domain: 'elaph.com' }, comments: [] };
    const text = renderArticle(toFrontmatter(r, { path: 'raw/000_ae3d.txt', sha256: 'c2cb7a1eff740301ff7935336ecafa21db0bfc4590a19f13c0cc8ce8e9423be1' }), ['فقرة.'], []);
    assert.match(text, /^headline: واشنطن منفتحة على محادثات$/m);
    assert.match(text, /^ {2}domain: elaph\.com$/m);
    assert.match(text, /^ {2}path: raw\/000_ae3d\.txt$/m);
    assert.match(text, /^comments: \[\]$/m);
    assert.match(text, /^ {2}published: "2015-09-16"$/m);
  });
});

describe('Markdown body writer', () => {
  const lines = [
    'فقرة عادية، فيها (قوسان) و"اقتباس" و- شرطة ونسبة 5% ورقم 2015.', '2015 عام الأحداث.', '1. ليست قائمة', '3) ولا هذه', '- ولا هذه',
    '+ ولا', '* ولا', '= سطر', '> اقتباس', '# عنوان', 'وسم # في الوسط', 'نجمة * في الوسط', 'شرطة_سفلية', 'a_b_c', '[رابط](x)', '![صورة](x)',
    '<b>وسم</b>', 'a < b > c', '&amp; كيان', 'AT&T', 'tilde ~~شطب~~', '~~~', '```', 'back\\slash', 'back\\*', ' مسافة أولى', 'مسافة أخيرة ',
    'tab\tinside', 'سطر\nثان', '---', '***', '___', 'خط | عمودي', 'ينتهي بـ #', '#', 'www.example.com', 'http://example.com/a_b',
  ];
  it('should write exactly what mdast-util-to-markdown writes, for plain and hostile paragraphs and subheadings', () => {
    for (const text of lines) {
      for (const heading of [false, true]) {
        const body = ['فقرة أولى.', text, 'فقرة أخيرة.'];
        const subs = heading ? [text] : [];
        const tree: Root = { type: 'root', children: body.map((value) => (subs.includes(value) ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] } : { type: 'paragraph', children: [{ type: 'text', value }] })) };
        assert.equal(bodyToMarkdown(body, subs), toMarkdown(tree, { bullet: '-', emphasis: '_' }), JSON.stringify(text));
        // and the text comes back as text
        const back = fromMarkdown(bodyToMarkdown([text], subs));
        if (text.trim() && !/[\n\t]|^\s|\s$/.test(text)) assert.equal(back.children.map((c) => ('children' in c ? c.children.map((x) => ('value' in x ? x.value : '')).join('') : '')).join(''), text, JSON.stringify(text));
      }
    }
  });
});

describe('toFrontmatter', () => {
  const raw = { path: 'raw/x.txt', sha256: 'a'.repeat(64) };
  const same = (r: ArticleRecord, dups: { path: string; sha256: string }[] = []) => {
    const input = { headline: r.headline, subtitle: r.subtitle, byline: r.byline, source: r.source, date: r.date, language: r.language ?? 'ar', comments: r.comments, comment_count_stated: r.comment_count_stated, raw, duplicates: dups };
    const viaZod = articleSchema.parse(input);
    // same values and the same key order (the file is written in that order)
    assert.equal(JSON.stringify(toFrontmatter(r, raw, dups)), JSON.stringify(viaZod));
  };

  it('should give what the schema gives, for extracted pages and odd records alike', () => {
    const k = loadKnowledge('/nonexistent-corpus');
    for (let i = 0; i < 60; i++) {
      const p = generatePage(i, { seed: 8 });
      const x = extractArticle(p.text, p.name, k);
      if (!x.rejected) same(x.record, [{ path: 'raw/y.txt', sha256: 'b'.repeat(64) }]);
    }
    same(hostile);
    same({ ...hostile, language: null, comment_count_stated: 0, comments: [{ author: undefined as unknown as null, title: null, when: null, text: '' }] });
    same({ ...hostile, date: { published: ' 2015-09-16 ', updated: '2015-09-16T10:30+03:00', hijri: null } }); // the schema trims
    same({ ...hostile, subtitle: undefined as unknown as null, source: { name: undefined as unknown as null, domain: null } });
  });

  it('should refuse what the schema refuses', () => {
    for (const bad of [{ headline: '' }, { headline: null }, { date: { published: '16/09/2015', updated: null, hijri: null } }, { comment_count_stated: -1 }]) {
      assert.throws(() => toFrontmatter({ ...hostile, ...bad } as ArticleRecord, raw));
    }
    assert.throws(() => toFrontmatter(hostile, { path: 'raw/x', sha256: 'nothex' }));
  });
});
