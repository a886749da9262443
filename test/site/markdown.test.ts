// Article body HTML: the plain-text fast path must give exactly what the Markdown parser gives, or step aside.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { bodyHtml, plainBodyHtml } from '../../src/site/markdown.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const parsed = (md: string) => toHtml(toHast(fromMarkdown(md)));

const bodies = ['site-corpus/articles', 'search-corpus/articles']
  .map((d) => path.join(FIXTURES, d)).filter((d) => fs.existsSync(d))
  .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => matter(fs.readFileSync(path.join(d, f), 'utf8'), {}).content));

const sentence = 'قال المتحدث باسم الوزارة، في بيان صدر اليوم (الاثنين)، إن "المفاوضات" مستمرة: 45 في المئة؟ نعم! — وأضاف.';
const tricky = [
  `${sentence}\n\n## خطوات حاسمة\n\n${sentence}\nسطر ثان في الفقرة نفسها.`,
  `${sentence}  \nسطر بعد فاصل صريح`, // two trailing spaces: a hard break
  `- بند في قائمة\n- بند آخر`, `1. أولًا\n2. ثانيًا`, `2014) رقم وقوس`, `> اقتباس`, `    شيفرة بأربع مسافات`,
  `عنوان\n===`, `نص\n---`, `# عنوان أول`, `### عنوان ثالث`, `## عنوان بإغلاق ##`, `##عنوان بلا مسافة`,
  `نص مع *تشديد*`, `نص مع _مائل_`, 'نص مع `شيفرة`', `رابط [هنا](https://example.com)`, `www.example.com`,
  `https://example.com/x`, `بريد a@example.com`, `كيان &amp; و &#1575;`, `<b>وسم</b>`, `جدول | عمود\n---|---`,
  `~~مشطوب~~`, `\\*هروب`, `نص عادي!`, `  مسافتان في البداية`, `\tجدولة`, `فقرة\n\n\n\nبعد أسطر فارغة`, ``, `\n\n`,
];

describe('article body HTML', () => {
  it('should give exactly the parser output whenever it takes the fast path', () => {
    let fast = 0;
    for (const md of [...bodies, ...tricky]) {
      const plain = plainBodyHtml(md);
      if (plain === null) continue;
      fast++;
      assert.equal(plain, parsed(md), JSON.stringify(md));
    }
    assert.ok(fast >= bodies.length * 0.5 && fast >= 6, `fast path taken ${fast} times`);
  });

  it('should leave anything that may be Markdown syntax to the parser', () => {
    for (const md of tricky.slice(1, 25)) assert.equal(plainBodyHtml(md), null, md);
    assert.match(bodyHtml('- بند'), /<li>بند<\/li>/);
    assert.match(bodyHtml('# عنوان'), /<h2>عنوان<\/h2>/);
  });
});
