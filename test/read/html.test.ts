import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDump, type ReadResult } from '../../src/ingest/read/index.ts';
import { encodeLegacy, utf8 } from './encoders.ts';

function text(r: ReadResult): string {
  assert.ok(r.ok, `expected ok, got ${JSON.stringify(r)}`);
  assert.equal(r.format, 'html');
  return r.text;
}

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>واشنطن منفتحة على محادثات مع موسكو | إيلاف</title>
  <meta property="og:site_name" content="إيلاف">
  <meta property="og:url" content="https://elaph.com/Web/News/2015/9/1040000.html">
  <link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://www.elaph.com/Web/News/2015/9/1040000.html">
  <meta property="article:published_time" content="2015-09-16T10:00:00+03:00">
  <style>body { direction: rtl } .x::before { content: "نص مخفي" }</style>
  <script>window.dataLayer = [{ page: "خبر" }];</script>
  <script type="application/ld+json">{"headline": "لا يظهر"}</script>
</head>
<body>
  <header class="site-header">
    <a href="/"><img src="/logo.png" alt="شعار إيلاف"></a>
    <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
    <form><input type="search" placeholder="ابحث"><button>بحث</button><select><option>كل الأقسام</option></select></form>
  </header>
  <noscript><iframe src="https://tracker.example/ns"></iframe>فعّل جافاسكربت</noscript>
  <main>
    <article>
      <p class="kicker">الولايات المتحدة لحث روسيا على مواجهة داعش</p>
      <h1>واشنطن منفتحة على   محادثات
          مع موسكو بشأن سوريا</h1>
      <div class="byline"><span>واشنطن:</span> <time datetime="2015-09-16">16 سبتمبر 2015</time></div>
      <figure>
        <img src="/p.jpg" alt="جوش ارنست">
        <figcaption>المتحدث باسم البيت الأبيض جوش ارنست</figcaption>
      </figure>
      <p>اعلن البيت الابيض <strong>الخميس</strong> أنه منفتح على محادثات محدودة مع <a href="/tag/russia">روسيا</a> حول سوريا&#x060C; بعد نشر موسكو تعزيزات.</p>
      <p>قال المتحدث: &quot;مناقشات تكتيكية&nbsp;وعملية&quot;.<br>وأضاف أن القرار لم يتخذ بعد.<br/><br/>&lt;انتهى&gt;</p>
      <h2>مستوى التمثيل</h2>
      <blockquote>ولم يتضح على الفور مستوى التمثيل</blockquote>
      <svg viewBox="0 0 10 10"><title>أيقونة مشاركة</title><text>نص SVG</text></svg>
      <div class="share" style="display: none">شارك على فيسبوك</div>
      <div hidden>محتوى مخفي</div>
      <template><p>قالب لا يظهر</p></template>
      <table><tr><td>الخبر السابق</td><td>الخبر التالي</td></tr></table>
    </article>
    <section class="comments">
      <h3>التعليقات (2)</h3>
      <ol>
        <li><b>أبو محمد</b> <span>منذ ساعتين</span><p>تعليق أول على الخبر</p></li>
        <li><b>سارة</b><p>تعليق ثان<br>على سطرين</p></li>
      </ol>
    </section>
  </main>
  <!-- تعليق HTML لا يظهر -->
  <footer><p>جميع الحقوق محفوظة © 2015 إيلاف</p></footer>
  <script>document.write("<p>مكتوب بالسكربت</p>")</script>
</body>
</html>`;

describe('readDump: HTML pages', () => {
  it('should convert a saved Arabic news page into the block lines of the dumps', () => {
    const lines = text(readDump(utf8(NEWS_PAGE), 'page.html')).split('\n');
    assert.deepEqual(lines, [
      'واشنطن منفتحة على محادثات مع موسكو | إيلاف',
      '',
      'تاريخ النشر: 2015-09-16T10:00:00+03:00',
      '',
      'الرئيسية',
      '',
      'سياسة',
      '',
      'رياضة',
      '',
      'بحث',
      '',
      'الولايات المتحدة لحث روسيا على مواجهة داعش',
      '',
      'واشنطن منفتحة على محادثات مع موسكو بشأن سوريا',
      '',
      'واشنطن: 16 سبتمبر 2015',
      '',
      'المتحدث باسم البيت الأبيض جوش ارنست',
      '',
      'اعلن البيت الابيض الخميس أنه منفتح على محادثات محدودة مع روسيا حول سوريا، بعد نشر موسكو تعزيزات.',
      '',
      'قال المتحدث: "مناقشات تكتيكية وعملية".',
      'وأضاف أن القرار لم يتخذ بعد.',
      '<انتهى>',
      '',
      'مستوى التمثيل',
      '',
      'ولم يتضح على الفور مستوى التمثيل',
      '',
      'الخبر السابق',
      '',
      'الخبر التالي',
      '',
      'التعليقات (2)',
      '',
      'أبو محمد منذ ساعتين',
      '',
      'تعليق أول على الخبر',
      '',
      'سارة',
      '',
      'تعليق ثان',
      'على سطرين',
      '',
      'جميع الحقوق محفوظة © 2015 إيلاف',
      '',
      'إيلاف',
      '',
      'www.elaph.com',
    ]);
  });

  it('should take the date of a <time> that shows only an age from its datetime, preferring one after the <h1>', () => {
    const page = (body: string, head = '') => `<html><head>${head}</head><body>${body}</body></html>`;
    const first = (r: ReadResult) => text(r).split('\n')[0];
    const age = (dt: string, shown = 'منذ 4 ساعات') => `<time datetime="${dt}">${shown}</time>`;
    // A sidebar teaser's age above the headline loses to the story's own.
    assert.equal(first(readDump(utf8(page(`<aside>${age('2015-10-17T08:00')}</aside><h1>عنوان</h1>${age('2015-10-18T09:12:00+04:00')}<p>نص</p>`)), 'a.html')), 'تاريخ النشر: 2015-10-18T09:12:00+04:00');
    assert.equal(first(readDump(utf8(page(`${age('2015-10-17')}<p>نص</p>`)), 'a.html')), 'تاريخ النشر: 2015-10-17');
    // A <time> whose text is a date is read from the text like any other; a meta date wins.
    assert.equal(first(readDump(utf8(page(`<h1>عنوان</h1>${age('2015-10-18', 'الأحد 18 أكتوبر 2015')}<p>نص</p>`)), 'a.html')), 'عنوان');
    assert.equal(first(readDump(utf8(page(`<h1>عنوان</h1>${age('2015-10-18')}`, '<meta property="article:published_time" content="2015-10-19">')), 'a.html')), 'تاريخ النشر: 2015-10-19');
    assert.equal(first(readDump(utf8(page(`<h1>عنوان</h1>${age('yesterday')}`)), 'a.html')), 'عنوان');
  });

  it('should read WordPress\'s marked times and the modified meta, and keep two adjacent <time>s apart', () => {
    const page = `<html><head><meta property="article:modified_time" content="2017-02-07T08:00"></head><body><h1>عنوان</h1>` +
      `<p>نُشر في <time class="entry-date published" datetime="2017-02-05T20:10">5 فبراير، 2017</time><time class="updated" datetime="2017-02-06T09:30">6 فبراير، 2017</time></p></body></html>`;
    const lines = text(readDump(utf8(page), 'a.html')).split('\n').filter(Boolean);
    assert.deepEqual(lines.slice(0, 2), ['تاريخ النشر: 2017-02-05T20:10', 'آخر تحديث: 2017-02-07T08:00']);
    assert.equal(lines.at(-1), 'نُشر في 5 فبراير، 2017 6 فبراير، 2017');
  });

  it('should leave out screen-reader-only text and script-built embeds (tweets, Instagram posts)', () => {
    const page = '<html><body><a class="sr-only" href="#main">تجاوز إلى المحتوى</a><h1>عنوان</h1><p>نص الخبر</p>' +
      '<blockquote class="twitter-tweet"><p>تغريدة</p>— فلان (@x) February 24, 2018</blockquote><span class="visually-hidden">مخفي</span></body></html>';
    assert.equal(text(readDump(utf8(page), 'a.html')), 'عنوان\n\nنص الخبر');
  });

  it('should keep inline fields apart where a letter would run into a digit or a year into a count', () => {
    const page = '<html><body><h1>عنوان</h1><p class="meta"><span>نادية بوسعيد</span><i></i><span>14 ديسمبر 2017</span><i></i><span>3 تعليقات</span></p><p>ال<b>نص</b> كاملا</p></body></html>';
    assert.deepEqual(text(readDump(utf8(page), 'a.html')).split('\n').filter(Boolean), ['عنوان', 'نادية بوسعيد 14 ديسمبر 2017 3 تعليقات', 'النص كاملا']);
  });

  it('should read JSON-LD dateModified as the update when no meta names it', () => {
    const page = '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2018-10-14T09:00","dateModified":"2018-10-15T11:30"}]}</script></head><body><h1>عنوان</h1><p>نص</p></body></html>';
    assert.deepEqual(text(readDump(utf8(page), 'a.html')).split('\n').filter(Boolean).slice(0, 2), ['تاريخ النشر: 2018-10-14T09:00', 'آخر تحديث: 2018-10-15T11:30']);
  });

  it('should sniff HTML in a .txt file that starts with a doctype, a comment or <html>', () => {
    for (const head of ['<!doctype html>', '\ufeff  <!-- saved from url=(0040)https://x.example/ -->\n<html>', '<HTML dir=rtl>']) {
      assert.equal(text(readDump(utf8(`${head}<title>عنوان</title><p>فقرة</p>`), 'page.txt')), 'عنوان\n\nفقرة');
    }
  });

  it('should keep a .txt dump that merely contains tags as text', () => {
    const r = readDump(utf8('عنوان\n<p>ليس HTML</p>'), 'page.txt');
    assert.ok(r.ok && r.format === 'text' && r.text === 'عنوان\n<p>ليس HTML</p>');
  });

  it('should decode a windows-1256 page and read its meta charset', () => {
    const page = '<html><head><meta charset="windows-1256"><title>خبر عاجل</title></head><body><p>قال الوزير إن المحادثات مستمرة.</p></body></html>';
    const r = readDump(encodeLegacy(page, 'windows-1256'), 'old.htm');
    assert.ok(r.ok && r.encoding === 'windows-1256');
    assert.equal(text(r), 'خبر عاجل\n\nقال الوزير إن المحادثات مستمرة.');
  });

  it('should take the domain from og:url when there is no canonical link and ignore non-http URLs', () => {
    const page = (meta: string) => `<html><head>${meta}</head><body><p>نص</p></body></html>`;
    assert.equal(text(readDump(utf8(page('<meta property="og:url" content="http://news.example.org/a?b=1">')), 'a.html')), 'نص\n\nnews.example.org');
    assert.equal(text(readDump(utf8(page('<link rel="canonical" href="javascript:alert(1)">')), 'a.html')), 'نص');
    assert.equal(text(readDump(utf8(page('<link rel="canonical" href="/relative">')), 'a.html')), 'نص');
  });

  it('should keep line breaks inside <pre> and strip invisible characters from entities', () => {
    const page = '<html><body><pre>سطر 1\n  سطر 2</pre><p>&#x200F;نص&#8203;&nbsp;هنا&#1;</p></body></html>';
    assert.equal(text(readDump(utf8(page), 'a.html')), 'سطر 1\nسطر 2\n\nنص هنا');
  });

  it('should survive unclosed and misnested tags', () => {
    const page = '<html><body><p>أول<p>ثان<div><b>عريض<i>مائل</b>ثالث</i><ul><li>بند<li>بند آخر</ul><table><td>خلية';
    assert.equal(text(readDump(utf8(page), 'a.html')), 'أول\n\nثان\n\nعريضمائلثالث\n\nبند\n\nبند آخر\n\nخلية');
  });
});

describe('readDump: hostile HTML', () => {
  it('should not blow the stack on 100,000 nested elements', () => {
    const page = '<html><body>' + '<div>'.repeat(100_000) + 'عميق' + '</div>'.repeat(100_000) + '<p>بعد</p>';
    assert.equal(text(readDump(utf8(page), 'deep.html')), 'عميق\n\nبعد');
  });

  it('should not blow the stack on deeply nested inline, list and table elements', () => {
    for (const [open, close] of [['<span>', '</span>'], ['<b><i>', ''], ['<ul><li>', ''], ['<table><tr><td>', ''], ['<blockquote>', '']]) {
      const page = '<html><body>' + open.repeat(10_000) + 'نص' + close.repeat(10_000);
      assert.equal(text(readDump(utf8(page), 'deep.html')), 'نص');
    }
  });

  it('should handle a 5 MB attribute and 10,000 attributes on one element quickly', () => {
    const t0 = performance.now();
    const huge = '<html><body><p title="' + 'ا'.repeat(2_500_000) + '">نص</p><div ' +
      Array.from({ length: 10_000 }, (_, i) => `data-a${i}="${i}"`).join(' ') + '>آخر</div>';
    assert.equal(text(readDump(utf8(huge), 'attr.html')), 'نص\n\nآخر');
    assert.ok(performance.now() - t0 < 5000);
  });

  it('should keep injected markup out of the text it produces', () => {
    const page = '<html><head><title>&lt;script&gt;window.__pwned=1&lt;/script&gt;</title></head><body>' +
      '<h1>---\ntitle: x</h1><p><script>window.__pwned=1</script>{{ 7*7 }} <a href="javascript:alert(1)">نقر</a></p></body></html>';
    assert.equal(text(readDump(utf8(page), 'x.html')), '<script>window.__pwned=1</script>\n\n--- title: x\n\n{{ 7*7 }} نقر');
  });
});
