// Article files: YAML through a real library, Markdown escaped so page text stays text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import matter from 'gray-matter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { renderArticle, toFrontmatter } from '../../src/ingest/write.ts';
import type { ArticleRecord } from '../../src/ingest/extract.ts';

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
