// Generic rules on invented pages (no real site's strings): each case is a page shape seen across the
// Arabic press, and what the extractor must make of it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { readDump } from '../../src/ingest/read/index.ts';
import { makeBlock } from '../../src/ingest/blocks.ts';
import { isChromePhrase } from '../../src/ingest/classify/features.ts';
import fs from 'node:fs';
import path from 'node:path';

const k = loadKnowledge();
const P = [
  'قال وزير الزراعة في مؤتمر صحفي عقده صباح اليوم إن الموسم الحالي شهد زيادة كبيرة في إنتاج القمح، مقارنة بالعام الماضي.',
  'وأضاف الوزير أن الحكومة ستواصل دعم المزارعين عبر برامج القروض الميسرة وتوفير البذور المحسنة في جميع المحافظات.',
  'من جهته، أكد رئيس اتحاد المزارعين أن الأسعار الجديدة للمحاصيل تمثل خطوة مهمة، لكنها غير كافية لتغطية التكاليف المرتفعة.',
  'ويأتي ذلك في وقت تشهد فيه المنطقة موجة جفاف غير مسبوقة أثرت على مصادر المياه الجوفية والسدود الرئيسية.',
];
const page = (...lines: string[]) => lines.join('\n\n');
const extract = (text: string) => extractArticle(text, 'case.txt', k);

describe('generic extraction rules', () => {
  it('should read the date of a byline line between headline and text, and keep the byline without it', () => {
    const x = extract(page('الرئيسية', 'اقتصاد', 'ارتفاع إنتاج القمح في الموسم الحالي', 'كتب: سامر الخطيب | الثلاثاء 12 مارس 2019', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.date.published, '2019-03-12');
    assert.equal(x.record.byline, 'كتب: سامر الخطيب');
  });

  it('should read a person\'s name opening the date line ("سنية الماجري | 24 جوان 2022 - 16:45") as the byline', () => {
    const x = extract(page('الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'سنية الماجري | 24 جوان 2022 - 16:45', ...P));
    assert.equal(x.record.byline, 'سنية الماجري');
    assert.equal(x.record.date.published, '2022-06-24T16:45');
  });

  it('should read "outlet – author" as the byline even with a number in the outlet name', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'عرب 48 – سعاد بنكيران', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.byline, 'عرب 48 – سعاد بنكيران');
  });

  it('should read the name in an author card: avatar label above, role or follow button under, or a biography closing the text', () => {
    const card = extract(page('ارتفاع إنتاج القمح في الموسم الحالي | الحقل', 'الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'صورة الكاتب', 'سامر الخطيب', 'محرر الشؤون الزراعية', '12 مارس 2019', ...P));
    assert.equal(card.record.byline, 'سامر الخطيب');
    const follow = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'س', 'سامر الخطيب', 'متابعة', ...P));
    assert.equal(follow.record.byline, 'سامر الخطيب');
    const closing = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'سامر الخطيب', '* كاتب وصحفي مقيم في عمّان'));
    assert.equal(closing.record.byline, 'سامر الخطيب');
    assert.deepEqual(closing.record.body, P);
  });

  it('should take a columnist\'s name over the headline as the byline, not the kicker', () => {
    const x = extract(page('الرئيسية', 'كتّاب وآراء', 'فهد بن سالم الشمري', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.byline, 'فهد بن سالم الشمري');
    assert.equal(x.record.subtitle, null);
  });

  it('should read "outlet - name من place" as a byline, not a deck', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'هسبريس - عبد الرحيم الوافي من مراكش', ...P));
    assert.equal(x.record.byline, 'هسبريس - عبد الرحيم الوافي من مراكش');
    assert.equal(x.record.subtitle, null);
  });

  it('should end the text at the site\'s note on readers\' comments and read the timed comments under it', () => {
    const note = 'الآراء المنشورة في الموقع لا تعبر بالضرورة عن رأي الموقع';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, note, '#101 [أبو سامي]', '07-22-2012 07:40 AM',
      'والله الموسم كان ممتاز عندنا في القرية والحمد لله على كل حال.', '#102 [مزارع]', '07-22-2012 09:15 AM', 'وين الدعم اللي وعدونا فيه السنة الماضية؟ ما وصلنا شي.'));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['أبو سامي', '07-22-2012 07:40 AM'], ['مزارع', '07-22-2012 09:15 AM']]);
    // with no times under it, what follows the note is not taken for comments
    const bare = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, note, 'الموقع منصة إخبارية مستقلة تأسست لتغطية أخبار الزراعة والريف في المنطقة العربية.'));
    assert.deepEqual(bare.record.body, P);
    assert.deepEqual(bare.record.comments, []);
  });

  it('should read the commenter\'s name wherever the header line puts it beside the time', () => {
    const texts = ['خبر جيد للمزارعين، نتمنى أن تستمر الأسعار على هذا النحو طوال الموسم.', 'المهم أن يصل الدعم إلى صغار المزارعين قبل غيرهم في القرى البعيدة.'];
    const authors = (...headers: string[]) => extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', headers[0], texts[0], headers[1], texts[1]))
      .record.comments.map((c) => c.author);
    const names = ['أبو علي', 'زينب'];
    assert.deepEqual(authors('أبو علي في 3 يونيو، 2013 الساعة 5:12 م قال:', 'زينب في 3 يونيو، 2013 الساعة 9:40 م قال:'), names);
    assert.deepEqual(authors('الأحد, 14 مارس 2010 13:40 نشرت بواسطة أبو علي', 'الإثنين, 15 مارس 2010 08:55 نشرت بواسطة زينب'), names);
    assert.deepEqual(authors('+1 #1 أبو علي 2012-07-09 16:22', '0 #2 زينب 2012-07-10 09:05'), names);
    assert.deepEqual(authors('منذ 5 ساعات - أبو علي', 'منذ يومين - زينب'), names);
    assert.deepEqual(authors('أبو علي (منذ 3 ساعات)', 'زينب (منذ 4 ساعات)'), names);
    assert.deepEqual(authors('كتب: أبو علي في 16/04/2013 على 13:02', 'كتب: زينب في 16/04/2013 على 15:25'), names);
  });

  it('should drop an ad (label to button) and a ticker\'s items between paragraphs, and keep an empty ad slot\'s neighbours', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'إعلان', 'احصل على تمويلك الزراعي بأقساط مرنة تصل إلى عشر سنوات.', 'اطلب الآن',
      'تابع القراءة أسفل الإعلان', P[1], '⚡ عاجل | البنك المركزي يرفع سعر الفائدة نصف نقطة', P[2], '💵 الدولار | شراء 24.41 | بيع 24.45', P[3]));
    assert.deepEqual(x.record.body, P);
    const slots = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'إعلان', P[1], 'Advertisement', P[2], P[3]));
    assert.deepEqual(slots.record.body, P);
  });

  it('should take a marked byline placed above the headline', () => {
    const x = extract(page('الرئيسية', 'بقلم: ليلى حداد', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.byline, 'بقلم: ليلى حداد');
  });

  it('should not take the dates of a teaser list above the headline', () => {
    const x = extract(page('آخر الأخبار', 'انخفاض أسعار الذهب في الأسواق المحلية', '10 يناير 2020', 'افتتاح معرض الكتاب الدولي بمشاركة واسعة', '11 يناير 2020', 'فوز المنتخب في المباراة الودية أمس', '12 يناير 2020', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.date.published, null);
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
  });

  it('should take a date line right under the headline', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء، 16 سبتمبر 2015 - 10:30 صباحاً', ...P));
    assert.equal(x.record.date.published?.slice(0, 10), '2015-09-16');
  });

  it('should take the headline repeated as the page title with the site name, and the site from the title suffix', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي - الجزيرة نت', 'أخبار', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'شارك على فيسبوك'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.source.domain, 'aljazeera.net');
  });

  it('should read a printed domain and the site name above it, even for an outlet not in the table', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'الأكثر قراءة', 'صحيفة الريف الأخضر', 'www.green-countryside-news.com'));
    assert.deepEqual(x.record.source, { name: 'صحيفة الريف الأخضر', domain: 'green-countryside-news.com' });
  });

  it('should never take a social network for the source', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تابعونا', 'www.facebook.com', 'twitter.com/somepage'));
    assert.deepEqual(x.record.source, { name: null, domain: null });
  });

  it('should leave the source empty when the page never names it', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.deepEqual(x.record.source, { name: null, domain: null });
  });

  it('should keep prose after a comments header out of the body and read the comments', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات القراء (2)', 'أبو أحمد', 'منذ ساعتين', 'خبر جيد ولكن الأسعار ما زالت مرتفعة جدا في الأسواق.', 'مزارع', 'منذ 3 ساعات', 'نحتاج إلى دعم حقيقي وليس وعوداً.', 'أضف تعليقك'));
    assert.equal(x.record.body.length, P.length);
    assert.equal(x.record.comment_count_stated, 2);
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['أبو أحمد', 'منذ ساعتين'], ['مزارع', 'منذ 3 ساعات']]);
  });

  it('should not take a comment-count link under the headline for the comments section', () => {
    const teaser = 'عاجل: الحكومة تعلن عن خطة جديدة، وتفاصيل أخرى في التقرير الكامل على الموقع.';
    const x = extract(page(teaser, 'ارتفاع إنتاج القمح في الموسم الحالي', '3 تعليقات', ...P, 'التعليقات (1)', 'قارئ', 'منذ ساعة', 'تعليق مفيد جدا عن الموضوع.'));
    assert.deepEqual(x.record.body, P);
    assert.equal(x.record.comments.length, 1);
    assert.equal(x.record.comment_count_stated, 1);
  });

  it('should treat a ticker of run-together headlines as chrome', () => {
    const ticker = Array.from({ length: 12 }, (_, i) => `خبر عاجل رقم ${i} عن حدث مهم في العاصمة`).join(' ');
    const x = extract(page(ticker, 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.ok(!x.record.body.some((p) => p.includes('خبر عاجل')));
  });

  it('should read a saved HTML page through the same extractor', () => {
    const html = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>ارتفاع إنتاج القمح في الموسم الحالي | الريف</title></head>
      <body><nav><a href="/">الرئيسية</a> <a href="/eco">اقتصاد</a></nav><article><h1>ارتفاع إنتاج القمح في الموسم الحالي</h1>
      ${P.map((p) => `<p>${p}</p>`).join('')}</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    const read = readDump(new TextEncoder().encode(html), 'page.html');
    assert.ok(read.ok);
    const x = extract(read.text);
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, P);
  });

  it('should drop "read also" link lines inside the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'اقرأ أيضاً: الحكومة تعلن خطة جديدة للري', P[1], P[2]));
    assert.deepEqual(x.record.body, [P[0], P[1], P[2]]);
  });

  it('should reject a page without running text, saying why', () => {
    const x = extract(page('الرئيسية', 'أخبار', 'رياضة', 'اتصل بنا'));
    assert.match(x.rejected ?? '', /no article text/);
  });
});

describe('invented whole pages in common layouts', () => {
  const FIX = path.resolve(import.meta.dirname, '../fixtures/synthetic');
  const load = (f: string) => extract(fs.readFileSync(path.join(FIX, f), 'utf8')).record;

  it('should find author and date among caption lines at the top of the text, and the site from the page title', () => {
    const r = load('title-suffix-caption-author-date.txt');
    assert.equal(r.headline, 'البرلمان يقر قانون الموازنة الجديدة بأغلبية كبيرة');
    assert.equal(r.byline, 'محمد العلي');
    assert.equal(r.date.published, '2021-03-14');
    assert.equal(r.source.domain, 'aljazeera.net');
    assert.ok(!r.body.some((p) => p.startsWith('صورة') || p === 'محمد العلي' || p === '14/3/2021'));
    assert.deepEqual(r.subheadings, ['خلافات حادة']);
  });

  it('should take the date under the headline, not the site clock or the teasers', () => {
    const r = load('clock-teasers-byline.txt');
    assert.equal(r.date.published, '2021-03-14T21:15');
    assert.equal(r.byline, 'كتب أحمد محمود');
    assert.equal(r.body.length, 3);
  });

  it('should read a saved HTML page: byline without its date, inline "name time" comments, printed domain over a namesake', () => {
    const read = readDump(fs.readFileSync(path.join(FIX, 'html-inline-meta-comments.html')), 'page.html');
    assert.ok(read.ok);
    const r = extract(read.text).record;
    assert.equal(r.headline, 'ارتفاع أسعار النفط بعد قرار أوبك+');
    assert.equal(r.byline, 'بقلم: عمر السالم');
    assert.equal(r.date.published?.slice(0, 10), '2022-10-05');
    assert.deepEqual(r.source, { name: 'صحيفة الرؤية', domain: 'alroya-news.example' });
    assert.deepEqual(r.comments.map((c) => [c.author, c.when, c.text]), [['أحمد', 'منذ ساعتين', 'قرار متوقع في ظل الظروف الحالية.']]);
    assert.deepEqual(r.subheadings, ['ردود فعل دولية']);
    assert.ok(!r.body.some((p) => /شارك|الوسوم|أرشيفية/.test(p)));
  });

  it('should read numbered comments and stop a comment at the comment form', () => {
    const r = load('numbered-comments.txt');
    assert.deepEqual(r.comments.map((c) => c.author), ['مواطن', 'مقاول شاب']);
    assert.equal(r.comments[1].text, 'نتمنى أن تصل هذه القروض إلى من يستحقها فعلا.');
  });

  it('should read comments whose time is in the like/reply row under their text, and rows over the text as before', () => {
    const under = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أضف تعليقًا...',
      'محمود السيد', 'خبر جيد للمزارعين، نتمنى أن تستمر الأسعار على هذا النحو طوال الموسم.', 'أعجبني · رد · 8 سنوات',
      'سامية فؤاد', 'المهم أن يصل الدعم إلى صغار المزارعين قبل غيرهم في القرى البعيدة.', 'أعجبني · رد · 3 ساعات'));
    assert.deepEqual(under.record.comments.map((c) => [c.author, c.when, c.text.slice(0, 8)]), [
      ['محمود السيد', '8 سنوات', 'خبر جيد '], ['سامية فؤاد', '3 ساعات', 'المهم أن'],
    ]);
    const over = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات',
      'محمود السيد', 'منذ 3 ساعات · رد', 'خبر جيد للمزارعين، نتمنى أن تستمر الأسعار على هذا النحو طوال الموسم.',
      'سامية فؤاد', 'منذ ساعتين · رد', 'المهم أن يصل الدعم إلى صغار المزارعين قبل غيرهم في القرى البعيدة.'));
    assert.deepEqual(over.record.comments.map((c) => [c.author, c.text.slice(0, 8)]), [['محمود السيد', 'خبر جيد '], ['سامية فؤاد', 'المهم أن']]);
  });

  it('should drop a long caption that reads like a sentence when it ends with an agency/photographer credit', () => {
    const caption = 'وزير الزراعة يتحدث إلى مزارعين خلال جولة في حقول القمح شمالي البلاد، 12 مارس 2019. (رويترز/ محمد حامد)';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], caption, ...P.slice(1)));
    assert.deepEqual(x.record.body, P);
  });

  it('should prefer a short punctuated article over a longer box of long teaser titles', () => {
    const teasers = [
      'مواجهات عنيفة بين قوات الجيش ومسلحين في الجبهة الشرقية للعاصمة خلال الساعات الماضية وسط أنباء عن سقوط قتلى',
      'منظمة الصحة العالمية تحذر من انتشار واسع لوباء الكوليرا وتطالب بتدخل دولي عاجل لاحتواء الكارثة في المحافظات',
      'انقطاع التيار الكهربائي عن المدينة لأكثر من عشرين ساعة يوميا مع ارتفاع درجات الحرارة إلى مستويات قياسية هذا الصيف',
      'البنك المركزي يعلن صرف مرتبات موظفي الدولة في المحافظات المحررة لشهر أبريل ابتداء من الأسبوع المقبل بعد تأخير طويل',
    ];
    const x = extract(page('الأكثر قراءة', ...teasers, 'أخبار محلية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'دمشق - سامر الخطيب', 'الأحد 21 مايو 2017', P[0], P[1], 'شارك الخبر'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, [P[0], P[1]]);
  });

  it('should keep the text that goes on after a small read-also box, and drop the box', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'اقرأ أيضاً', 'بالصور.. الحصاد يبدأ مبكرا في السهول الشمالية', P[2], P[3], 'الأكثر قراءة', 'خبر آخر عن الطقس في البلاد'));
    assert.deepEqual(x.record.body, P);
  });

  it('should drop an author box closing the text (a name, then a biography opening with a profession)', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'فهد بن سالم الشمري', 'كاتب وباحث في الشؤون الاقتصادية، حاصل على الدكتوراه في الاقتصاد السياسي.'));
    assert.deepEqual(x.record.body, P);
  });

  it('should drop a press release\'s "about the company" box closing the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'نبذة عن شركة الواحة للتقنية', 'تأسست شركة الواحة للتقنية عام 2019، وتقدم حلول الدفع الرقمي للأفراد والشركات في المنطقة.'));
    assert.deepEqual(x.record.body, P);
  });

  it('should never take a pager or a "label: number" line for the headline', () => {
    for (const line of ['الصفحة 1 من 3', 'رقم الخبر: 2015091634']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'كتب: سامر الخطيب', line, ...P, line));
      assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي', line);
    }
  });

  it('should read "place/ outlet" bylines, the page\'s own link, a number in the site\'s name, and never take a [button] for a kicker', () => {
    const x = extract(page('[ إغلاق النافذة ]', 'ارتفاع إنتاج القمح في الموسم الحالي', 'بغداد/ المستقبل', ...P,
      'رابط المقال: http://www.almustaqbal-iq.example/article.php?id=58213', '© 2016 المستقبل 24 - جميع الحقوق محفوظة'));
    assert.equal(x.record.subtitle, null);
    assert.equal(x.record.byline, 'بغداد/ المستقبل');
    assert.deepEqual(x.record.source, { name: 'المستقبل 24', domain: 'almustaqbal-iq.example' });
  });

  it('should keep a table and a lineup announced by the text ("… كالتالي:") in the body, not as subheadings', () => {
    const rows = ['العيار | شراء | بيع', 'الذهب عيار 21 | 310 | 312', 'الجنيه الذهب | 2480 | 2496'];
    const lineup = ['حراسة المرمى: شريف إكرامي', 'الدفاع: أحمد فتحي، سعد سمير، رامي ربيعة', 'الهجوم: عمرو جمال، جون أنطوي'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'وجاءت الأسعار على النحو التالي:', ...rows, P[1], 'وجاء التشكيل كالتالي:', ...lineup, 'الأكثر قراءة'));
    assert.deepEqual(x.record.body, [P[0], 'وجاءت الأسعار على النحو التالي:', ...rows, P[1], 'وجاء التشكيل كالتالي:', ...lineup]);
    assert.deepEqual(x.record.subheadings, []);
  });

  it('should take the Hijri date of a wire dateline opening the text when it is the publication day, and only then', () => {
    const wire = (d: string) => `الرياض ${d} (واس) - ${P[0]}`;
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', '16/09/2015', wire('02 ذو الحجة 1436 هـ الموافق 16 سبتمبر 2015 م'), ...P.slice(1)));
    assert.equal(x.record.date.hijri, '02 ذو الحجة 1436 هـ');
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', '16/09/2016', wire('02 ذو الحجة 1436 هـ'), ...P.slice(1)));
    assert.equal(y.record.date.hijri, null);
  });

  it('should read a numeric date month first only when the text names a day that only that reading falls on', () => {
    const opening = (day: string) => `قال وزير الزراعة في مؤتمر صحفي عقده ${day} إن الموسم الحالي شهد زيادة كبيرة في إنتاج القمح، مقارنة بالعام الماضي.`;
    const at = (day: string, stamp = '02-07-2011 09:14 PM') => extract(page('ارتفاع إنتاج القمح في الموسم الحالي', stamp, opening(day), ...P.slice(1))).record.date.published;
    assert.equal(at('اليوم الاثنين'), '2011-02-07T21:14'); // 7 February 2011 was a Monday, 2 July a Saturday
    assert.equal(at('أمس الأحد'), '2011-02-07T21:14');
    assert.equal(at('اليوم السبت'), '2011-07-02T21:14'); // the Arab order's day: kept
    assert.equal(at('اليوم الخميس'), '2011-07-02T21:14'); // neither reading: kept
    assert.equal(at('صباح اليوم'), '2011-07-02T21:14');
    assert.equal(at('اليوم الاثنين', '13-07-2011 09:14 PM'), '2011-07-13T21:14'); // one reading only
    assert.equal(at('اليوم الاثنين', '10/08/1440 هـ - 10:25'), '2019-04-15T10:25'); // a Hijri date: converted, never swapped
  });

  it('should date a wire story by its dateline without a year, the year taken from the masthead\'s date', () => {
    const at = (masthead: string) => extract(page(masthead, 'الرئيسية', 'محليات', 'اقتصاد', 'رياضة', 'ارتفاع إنتاج القمح في الموسم الحالي', `الدوحة في 28 ديسمبر /قنا/ ${P[0]}`, ...P.slice(1))).record.date.published;
    assert.equal(at('الأحد 30 ديسمبر 2018'), '2018-12-28');
    assert.equal(at('الخميس 3 يناير 2019'), '2018-12-28'); // the story of the year before
    assert.equal(at('الرئيسية'), null); // no year anywhere
  });

  it('should date a wire story by its dateline pairing both calendars ("… هـ الموافق … م واس"), whatever closes it', () => {
    const x = extract(page('الرئيسية', 'محليات', 'ارتفاع إنتاج القمح في الموسم الحالي', `الرياض 04 جمادى الآخرة 1445 هـ الموافق 17 ديسمبر 2023 م واس ${P[0]}`, ...P.slice(1)));
    assert.equal(x.record.date.published, '2023-12-17');
    assert.equal(x.record.date.hijri, '04 جمادى الآخرة 1445 هـ');
  });

  it('should take the date line just above the headline when the masthead\'s "today" stands well above it', () => {
    const menus = ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة', 'ثقافة'];
    const x = extract(page('الثلاثاء 1 ديسمبر 2020', ...menus, 'الأحد 29 نوفمبر 2020', 'المحافظات', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.date.published, '2020-11-29');
    // (near the headline, two dates are a teaser list's: neither is taken)
    const y = extract(page(...menus, 'الثلاثاء 1 ديسمبر 2020', 'الأحد 29 نوفمبر 2020', 'المحافظات', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(y.record.date.published, null);
  });

  it('should take the line holding the words of a shortened page title as the headline, the longer line under it as its deck', () => {
    const h = 'البنك المركزي المصري يثبت أسعار الفائدة للمرة الثالثة على التوالي';
    const deck = 'لجنة السياسة النقدية تبقي سعر الإيداع عند 19.25% والإقراض عند 20.25% حتى الاجتماع المقبل';
    const x = extract(page('المركزي يثبت الفائدة للمرة الثالثة على التوالي | بوابة الوادي', 'الرئيسية', 'اقتصاد', 'عاجل', h, deck, 'كتب: أحمد فؤاد', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, deck);
  });

  it('should pass over the site\'s name and a kicker the menu repeats for the title line a longer page title holds', () => {
    const h = 'الأخضر يعبر قيرغيزستان';
    const x = extract(page(`${h} بثنائية ويتأهل إلى ثمن نهائي كأس آسيا | ساحة الملاعب`, 'ساحة الملاعب', 'الرئيسية', 'كأس آسيا 2023', 'الدوري السعودي', 'محليات', 'كأس آسيا 2023', h,
      'الدوحة - فهد القحطاني', ...P, 'ساحة الملاعب'));
    assert.equal(x.record.headline, h);
  });

  it('should keep a short first paragraph above a promotion box when the text resumes with "وقالت …" under it', () => {
    const lead = 'رام الله - أعلنت وزارة المالية أنها ستصرف غداً نصف رواتب الموظفين العموميين عن الشهر الماضي، على ألا يقل المبلغ عن 1500 شيكل.';
    const rest = ['و' + P[0], ...P.slice(1)];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نشر بتاريخ: 03/10/2012', lead, 'حجم الخط', 'الموقع على تيليجرام', 'تابعوا آخر الأخبار العاجلة لحظة بلحظة عبر قناتنا على تيليجرام', 'اضغط هنا للاشتراك', ...rest));
    assert.deepEqual(x.record.body, [lead, ...rest]);
  });

  it('should leave out a channel or group promotion closing the text and French tag and share rows', () => {
    for (const promo of ['لتصلكم الأخبار أولاً بأول، انضموا إلى قناتنا على واتساب', 'لمتابعة آخر أخبار المنطقة، انضموا إلى مجموعتنا على واتساب']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, promo, 'Tags : القمح, الزراعة, الجفاف', 'Partager : Facebook | Twitter'));
      assert.deepEqual(x.record.body, P, promo);
    }
  });

  it('should leave out a footnote on the print edition or on the story\'s update under the text, starred or not', () => {
    for (const note of ['* نُشر هذا المقال في النسخة الورقية من "الجريدة" في عدد الثلاثاء 3 آب 2021.', 'نشرت هذه المادة في النسخة الورقية من الصحيفة.',
      '* تم تحديث الخبر بإضافة تفاصيل حول المرحلة الثانية من الخدمة.', 'ملاحظة: تم تحيين هذا المقال بعد نشر الرزنامة الرسمية.']) {
      assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, note, 'من نحن')).record.body, P);
    }
  });

  it('should leave out a read-also box\'s dashed links and a "شاهد.. فيديو:" promotion inside the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'طالع أيضا:', '- ضبط 3 أطنان سكر مخزنة بغرض حجبها عن الأسواق', '- «التموين» تطلق خطا ساخنا لتلقي الشكاوى',
      P[2], 'شاهد.. فيديو: جولة داخل معرض «أهلا رمضان» بمدينة نصر', P[3]));
    assert.deepEqual(x.record.body, P);
  });

  it('should go on with the text after an ad and a read-also box of marked links, the box\'s unmarked last line its subheading', () => {
    const links = ['- تقنين توزيع الماء الشروب بالدار البيضاء: السلطات تنفي قطع الماء ليلا', '- الفلاحون يترقبون قرار استئناف السقي من السد',
      '- بسبب الجفاف.. تراجع المساحات المزروعة بالحبوب إلى 2,5 مليون هكتار'];
    const more = ['وتكشف الأرقام الرسمية عن تفاوت كبير في الوضعية المائية بين الأحواض، إذ سجلت أحواض الشمال نسبا مرتفعة مقارنة بأحواض الجنوب والوسط.',
      'وأوضح المصدر ذاته أن سد المسيرة، ثاني أكبر سد بالمملكة، لم تتجاوز نسبة ملئه 3 في المائة رغم التساقطات الأخيرة التي عرفتها المنطقة.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'إعلان', 'طالع أيضا', ...links, 'تحسن متفاوت بين الأحواض', ...more, 'من نحن'));
    assert.deepEqual(x.record.body, [...P, 'تحسن متفاوت بين الأحواض', ...more]);
    assert.deepEqual(x.record.subheadings, ['تحسن متفاوت بين الأحواض']);
  });

  it('should keep the text on both sides of an embedded tweet (its text, picture link and signature)', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'كتب: سامر الخطيب', P[0], P[1], 'بدء التشغيل التجاري لقطار الرياض على المسارات الثلاثة', 'pic.twitter.com/Rk7TmQ2vLd',
      '— قطار الرياض (@RiyadhTrain_Info) December 1, 2024', 'وتشمل المرحلة الأولى ما يلي:', ...P.slice(2), 'من نحن'));
    assert.deepEqual(x.record.body, [P[0], P[1], 'وتشمل المرحلة الأولى ما يلي:', ...P.slice(2)]);
  });

  it('should name the copyright owner without the year printed after it in Arabic-Indic digits', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'من نحن', 'جميع الحقوق محفوظة لجريدة البرج ٢٠١٧ ©'));
    assert.equal(x.record.source.name, 'البرج');
  });

  it('should take the stamp right over the headline over the masthead\'s issue line', () => {
    const x = extract(page('البرج', 'الأحد ١٠ ديسمبر ٢٠١٧ م | العدد ٣٢١٠', 'الرئيسية', 'محليات', 'اقتصاد', 'رياضة', 'محليات | 05/12/2017 | 10:20 م', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.date.published, '2017-12-05T22:20');
  });

  it('should take the copy of the headline the byline stands under, and the date line over it', () => {
    const h = 'عاجل.. المركزي المصري يرفع أسعار الفائدة 200 نقطة أساس';
    const x = extract(page(`${h} | الموقع`, 'الرئيسية', h, 'الأكثر قراءة', 'سعر الدولار اليوم الخميس في البنوك المصرية بعد اجتماع المركزي', 'بنوك', 'الخميس، 19 مايو 2022 07:12 م', h, 'كتب: أحمد فتحي', '0 تعليق', 'طباعة', h, ...P));
    assert.equal(x.record.byline, 'كتب: أحمد فتحي');
    assert.equal(x.record.date.published, '2022-05-19T19:12');
  });

  it('should date the page by a CMS\'s "submitted by … in" line, pass over a views counter and leave a medical notice out', () => {
    const x = extract(page('الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'أرسلت بواسطة التحرير في الأحد, 2010/03/14 - 10:15', 'تم الاطلاع 987 مرة', ...P,
      'المعلومات الواردة في هذا المقال لا تغني عن استشارة الطبيب المختص.'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.date.published, '2010-03-14T10:15');
    assert.deepEqual(x.record.body, P);
  });

  it('should leave out a caption ending with its labelled credit after a dash ("… - تصوير: فلان")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'طابور من الشاحنات أمام صوامع القمح بطريق الإسكندرية الزراعي - تصوير: أحمد عبد اللطيف', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });

  it('should take the title over the byline and date, not a related box\'s teasers standing over the text', () => {
    const h = 'حملة موسعة لإزالة الإشغالات بشارع فيصل.. والمحافظ: لا تهاون مع المخالفين';
    const x = extract(page('الرئيسية', 'محافظات', h, 'كتب: محمود عبد الفتاح', 'الثلاثاء، 05 مارس 2019 - 01:22 م', 'شارك', 'أخبار متعلقة',
      'محافظ الجيزة يتفقد أعمال رصف شارع الهرم', 'رفع 40 طن مخلفات من منطقة بولاق الدكرور', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.date.published, '2019-03-05T13:22');
  });

  it('should never take a reading time or a video player\'s label for the headline', () => {
    for (const label of ['3 دقائق للقراءة', 'شاهد التقرير كاملا']) {
      const x = extract(page('الرئيسية', 'الصحة تطلق حملة تطعيم وطنية لطلبة المدارس في جميع المحافظات', 'مسقط - خالد البلوشي', '31 يناير 2024 | 08:15 ص', label,
        'أطفال في إحدى المدارس الحكومية بمسقط', ...P));
      assert.equal(x.record.headline, 'الصحة تطلق حملة تطعيم وطنية لطلبة المدارس في جميع المحافظات');
    }
  });

  it('should name the site from a bilingual masthead whose Latin name signs the copyright line', () => {
    const x = extract(page('واحة الجنوب | Wahat Al Janoub', 'الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'اتصل بنا', 'Wahat Al Janoub © 2019 - جميع الحقوق محفوظة'));
    assert.equal(x.record.source.name, 'واحة الجنوب');
  });

  it('should not take the site\'s name for the headline when the copyright line names its first words', () => {
    const h = 'حركة خجولة في أسواق نابلس القديمة رغم اقتراب العيد';
    const x = extract(page('وكالة الجبل الإخبارية', 'الرئيسية', 'اقتصاد', h, 'نابلس - رنا عودة', 'تاريخ النشر: 9/4/2023 - 02:22 م', ...P, 'من نحن', 'وكالة الجبل الإخبارية - نابلس - فلسطين', 'جميع الحقوق محفوظة لوكالة الجبل © 2023'));
    assert.equal(x.record.headline, h);
  });

  it('should end the comments at a prayer-times widget and read no "م" of "2024م" as the copyright owner', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أبو فيصل', 'منذ 4 أيام', 'قرار موفق من الوزارة.', 'رد', 'أضف تعليقك', 'إرسال',
      'مواقيت الصلاة - مكة المكرمة', 'السبت 1 رجب 1445 هـ', 'الفجر 05:41', 'الظهر 12:31', 'الحقل اليوم', 'جميع الحقوق محفوظة © 1445هـ - 2024م'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['أبو فيصل']);
    assert.notEqual(x.record.source.name, 'م');
  });

  it('should take the line the page title holds whole over a shorter section name repeated in longer lines', () => {
    const h = 'الغرافة يقلب تأخره أمام الوكرة ويعتلي الصدارة مؤقتاً';
    const x = extract(page(`${h} - هدف الدوحة`, 'هدف الدوحة', 'الرئيسية', 'دوري نجوم قطر', h, 'الدوحة - عمر الجابري', 'نُشر: 09/12/2023 - 21:18', P[0], P[1],
      'ترتيب دوري نجوم قطر', P[2], 'أهداف مباريات دوري نجوم قطر', P[3]));
    assert.equal(x.record.headline, h);
  });

  it('should take the page title, without the site\'s name, when the only title lines over the text are a box\'s teasers', () => {
    const h = 'الموارد المائية: الخزين يكفي لموسم صيفي مقبول رغم تراجع الإيرادات';
    const x = extract(page(`${h} - وكالة الشورجة للأنباء`, 'وكالة الشورجة للأنباء', 'الرئيسية | محليات | سياسة | اقتصاد', 'الأكثر مشاهدة',
      'النزاهة تضبط متهمين بالتلاعب بعقود مشروع ماء في ديالى', 'وزير النقل يعلن موعد تشغيل قطار بغداد الجديد', 'ارتفاع أسعار الطماطم في علوة الرشيد لليوم الثالث',
      'محليات', 'نشر بتاريخ: 2023/05/14 - 10:05 ص', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, null);
  });

  it('should take the page title\'s long part when the lines over the text are its tagline, a weather strip and a ticker', () => {
    const h = 'الأرصاد: موجة حارة تضرب المملكة اعتبارا من الخميس وتحذيرات من التعرض المباشر للشمس';
    const x = extract(page(`${h} | صدى عمّان - أخبار الأردن على مدار الساعة`, 'صدى عمّان', 'أخبار الأردن على مدار الساعة', 'عمّان 31° | العقبة 41°', 'الرئيسية', 'محليات',
      'شريط الأخبار: الملك يغادر أرض الوطن في زيارة عمل إلى أوروبا ● وزير الصحة يفتتح قسم الطوارئ الجديد ● تحويلات مرورية على طريق المطار', 'الرئيسية › محليات',
      'تاريخ النشر: الثلاثاء 14 حزيران 2022 - 18:42', 'كتب: محرر الشؤون المحلية', ...P));
    assert.equal(x.record.headline, h);
  });

  it('should take the H1 the page title holds whole over a section name inside it repeated in the menu, crumbs and a scores box', () => {
    const h = 'الزوراء يقلب تأخره أمام نفط البصرة ويعتلي صدارة دوري نجوم العراق';
    const x = extract(page(`${h} - ملاعب الرافدين`, 'ملاعب الرافدين', 'الرئيسية', 'دوري نجوم العراق', 'الكرة العربية', 'نتائج مباشرة', 'دوري نجوم العراق | الجولة 6',
      'الزوراء 2 - 1 نفط البصرة', 'الكرخ 3 - 2 الطلبة', 'الرئيسية » دوري نجوم العراق » الزوراء يقلب تأخره…', h, 'بغداد – ملاعب الرافدين', '2023/11/04 | 09:12 م', ...P, 'دوري نجوم العراق'));
    assert.equal(x.record.headline, h);
  });

  it('should cut the page title at its bar only when the headline holds a dash of its own ("الموقع | عدن – …")', () => {
    const h = 'عدن – أزمة مياه خانقة في المنصورة والشيخ عثمان بسبب توقف مضخات حقول بئر أحمد';
    const x = extract(page(`الميناء نت | ${h}`, 'الميناء نت', 'الأكثر قراءة', 'انقطاع الكهرباء عن مديريات عدن لساعات طويلة', 'ارتفاع أسعار الوقود في محطات المدينة',
      'نشر بتاريخ: ٢٠٢٣/٠٥/١٤', ...P));
    assert.equal(x.record.headline, h);
  });

  it('should name the site as its masthead prints it when only the copyright line adds "الإخبارية"', () => {
    const at = (title: string) => extract(page(title, 'بوابة الواحة', 'الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'من نحن', 'جميع الحقوق محفوظة لبوابة الواحة الإخبارية © 2025')).record.source.name;
    assert.equal(at('ارتفاع إنتاج القمح في الموسم الحالي'), 'بوابة الواحة');
    assert.equal(at('بوابة الواحة الإخبارية - ارتفاع إنتاج القمح في الموسم الحالي'), 'بوابة الواحة الإخبارية'); // the page title says it too
  });

  it('should not join the site\'s name under the headline to it as the title\'s second line', () => {
    const h = 'البليدة: انطلاق موسم جني البرتقال وتوقعات بإنتاج يفوق 3 ملايين قنطار';
    const x = extract(page(`${h} - متيجة أونلاين`, 'متيجة أونلاين', 'الرئيسية', 'فلاحة', h, 'متيجة أونلاين', '14 ديسمبر 2021', ...P));
    assert.equal(x.record.headline, h);
  });

  it('should read a headline opening with a decimal number ("1.2 مليون زائر …") as a title, not a list item', () => {
    const h = '1.2 مليون زائر متوقع لمهرجان تمور الأحساء في دورته السادسة';
    const x = extract(page(`واحة الأحساء | ${h}`, 'واحة الأحساء', 'الرئيسية', h, 'المهرجان يستمر 21 يوما بمشاركة 320 مزارعا ومصنعا', 'واحة الأحساء - فهد العيسى', '2019/9/4', ...P));
    assert.equal(x.record.headline, h);
  });

  it('should take the domain of the page\'s short link printed without its scheme', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'الرابط المختصر: alamara-news.iq/2021/03/14/48213', 'اتصل بنا'));
    assert.equal(x.record.source.domain, 'alamara-news.iq');
  });

  it('should read a line opening "جانب من …" right over the text as the lead photo\'s caption, not the headline', () => {
    const h = 'تسليم 1200 وحدة سكنية في مدينة شرق سترة ضمن المرحلة الثانية';
    const x = extract(page('الرئيسية', 'محليات', h, 'الوزير: أولوية التوزيع للطلبات القديمة وذوي الدخل المحدود', 'كتبت: فاطمة عبدالله', 'العدد : 9124 | 08 نوفمبر 2023',
      'جانب من حفل التسليم بحضور عدد من المستفيدين', ...P));
    assert.equal(x.record.headline, h);
    assert.deepEqual(x.record.body, P);
  });

  it('should read a title opening with a quoted agency ("\"المرور\": …") over a deck joining two facts with ".."', () => {
    const h = '"المرور": بدء الرصد الآلي لمخالفة التظليل الكلي للزجاج الأمامي الأحد المقبل';
    const deck = 'الغرامة تتراوح بين 500 و900 ريال.. و30% نسبة التظليل المسموحة للنوافذ الجانبية';
    const x = extract(page('الرئيسية', 'محليات', h, deck, 'الوسم - جدة', 'السبت 18 نوفمبر 2023', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, deck);
  });

  it('should take no breaking-news item under a lone "عاجل" nor a breadcrumb over the headline for its kicker', () => {
    const h = 'أربيل.. تسديد فواتير الكهرباء إلكترونياً عبر تطبيق جديد بدءاً من الشهر المقبل';
    for (const above of [['عاجل', 'حكومة الإقليم: صرف رواتب موظفي شهر نيسان اعتباراً من يوم الأحد'], ['عاجل', 'الأرصاد: رياح نشطة مثيرة للغبار', '«الداخلية»: إغلاق جزئي لطريق المطار'], ['محليات > الدمام']]) {
      const x = extract(page('الرئيسية', ...above, h, 'أربيل - سامر الخطيب', 'الأحد 17 نيسان 2022', ...P));
      assert.equal(x.record.headline, h);
      assert.equal(x.record.subtitle, null, above.join(' / '));
    }
  });

  it('should read a longer line joining two facts with ".." under a title as its deck', () => {
    const h = 'الحكومة السودانية تحرر أسعار الوقود بالكامل وتلغي الدعم';
    const deck = 'لتر البنزين يقفز إلى 290 جنيها.. ووزارة المالية تؤكد أن القرار لا رجعة فيه';
    const x = extract(page('الرئيسية', 'اقتصاد', h, deck, 'الخرطوم: النيلين برس', '12 يونيو 2021', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, deck);
  });

  it('should end the text at a box of related links whatever they are called ("فتاوى ذات صلة")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'فتاوى ذات صلة', 'هل يجوز توكيل الحملة في رمي الجمرات عن الحاج المريض؟', 'حكم الحج بالتقسيط وما يشترط فيه من الاستطاعة المالية'));
    assert.deepEqual(x.record.body, P);
  });

  it('should read the date a breadcrumb ends with', () => {
    const x = extract(page('الرئيسية', 'وطنية', 'الرئيسية » وطنية » السبت 13 أوت 2016 | 11:05', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.date.published, '2016-08-13T11:05');
  });

  it('should keep the text whole across labelled photo blocks ("مصدر الصورة،" / credit / "التعليق على الصورة،" / caption)', () => {
    const photo = (credit: string, caption: string) => ['مصدر الصورة،', credit, 'التعليق على الصورة،', caption];
    const box = ['قصص مقترحة', 'مصر: تخفيف الأحمال يعود مع ارتفاع الاستهلاك', 'كيف يتعامل الكويتيون مع حرارة تتجاوز 50 درجة؟', 'نهاية قصص مقترحة'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', '9 أغسطس 2023', ...photo('Getty Images', 'مزارعون يحصدون القمح في سهل نينوى'), P[0], ...box, P[1],
      ...photo('Reuters', 'شاحنات تنقل القمح إلى صوامع الحكومة'), P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });

  it('should keep a long headline that the page title holds out of the text, even without punctuation or ending in "؟"', () => {
    for (const h of ['الحكومة اللبنانية تقر خطة طارئة لمعالجة أزمة النفايات في بيروت وجبل لبنان بعد أسابيع من الاحتجاجات في الشوارع', 'من يدفع ثمن أزمة المياه في المدن الكبرى وهل تكفي الخطط الحكومية لمواجهتها؟']) {
      const x = extract(page(`عاجل| ${h} - الموقع الإخباري`, 'الرئيسية', h, 'الكاتب: سامر الخطيب', ...P));
      assert.equal(x.record.headline, h);
      assert.equal(x.record.byline, 'الكاتب: سامر الخطيب');
      assert.deepEqual(x.record.body, P);
    }
  });

  it('should leave out an ad slot\'s lone label between paragraphs and an author box\'s "الكاتب" label', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'مساحة إعلانية', P[2], P[3], 'الكاتب', 'حيدر عبد الكريم', 'مراسل الموقع في بغداد، يغطي ملفات الخدمات والطاقة منذ عام 2016.'));
    assert.deepEqual(x.record.body, P);
  });

  it('should join the text across two boxes in a row of its paragraphs (a standings table, then a video)', () => {
    const more = ['وبهذا الفوز رفع الفريق رصيده إلى 23 نقطة في صدارة الترتيب بفارق نقطة واحدة عن أقرب ملاحقيه، قبل ثلاث جولات من نهاية الدور الأول من البطولة.',
      'وقال مدرب الفريق في المؤتمر الصحفي عقب اللقاء إن فريقه قدم شوطين مختلفين تماماً، وإن اللاعبين أظهروا شخصية قوية بعد التأخر بهدفين في الشوط الأول.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الدوحة - عمر الجابري', 'نُشر: 09/12/2023 - 21:18', P[0], P[1], 'ترتيب الدوري', 'المركز | الفريق | لعب | النقاط',
      '1 | الغرافة | 10 | 23', '2 | الدحيل | 10 | 22', '3 | السد | 10 | 20', 'الجدول الكامل', P[2], P[3], 'شاهد أيضاً', 'فيديو | أهداف المباراة (2-3)', '03:12', ...more, 'من نحن'));
    assert.deepEqual(x.record.body, [...P, ...more]);
  });

  it('should leave out a caption over its "© agency" or "(تصوير: …)" credit line, and read a French "Écrit par:" byline', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'Écrit par: منية الطرابلسي', '15/11/2023 - 16:25', P[0], P[1], 'عمال يجنون الزيتون بإحدى الضيعات بولاية صفاقس', '© وات', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
    assert.equal(x.record.byline, 'Écrit par: منية الطرابلسي');
    const bracketed = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'سد الوحدة بإقليم وزان كما بدا يوم الإثنين الماضي بعد ارتفاع منسوب حقينته', '(تصوير: نبض المغرب - يوسف العلوي)', P[2], P[3]));
    assert.deepEqual(bracketed.record.body, P);
  });

  it('should leave out a caption printed under its credit line between paragraphs', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'كتب: سامر الخطيب', P[0], P[1], P[2], 'الصورة: أرشيف', 'طلبة أمام مقر إحدى الجامعات بالعاصمة خلال موسم التسجيلات', P[3], 'من نحن'));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.subheadings, []);
  });

  it('should keep the text resuming with "و…" under a poll inside the text', () => {
    const last = 'ودعت الوزارة المواطنين إلى الإبلاغ عن أي مخالفات في صرف المقررات أو التلاعب في الأوزان والأسعار، من خلال الخط الساخن أو تطبيق الوزارة.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'استطلاع رأي', 'هل تكفي مقررات التموين احتياجات أسرتك الشهرية؟', 'نعم', 'لا', 'إلى حد ما', 'صوّت الآن', last, 'من نحن'));
    assert.deepEqual(x.record.body, [...P, last]);
  });

  it('should drop a starred author bio that names the author before a colon ("* رنا خوري: صحافية …")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '* رنا خوري: صحافية لبنانية متخصصة في الشؤون الاقتصادية والسياحية', 'من نحن'));
    assert.deepEqual(x.record.body, P);
  });

  it('should drop tool rows, tweet footers and a starred author bio, and read "#1 name يقول:" comment authors', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'طباعة | إرسال لصديق | حفظ', P[0], P[1],
      'المزارعون يحتفلون بالحصاد الوفير هذا العام في السهول', '— وزارة الزراعة (@agri_ministry) September 16, 2015', P[2], P[3],
      'مروان عبد الهادي', '* كاتب فلسطيني مقيم في رام الله',
      'التعليقات', '#1 محمد يقول:', '16 سبتمبر 2015 الساعة 10:30 ص', 'مقال جيد ويشرح الوضع بوضوح تام، شكرا للكاتب على هذا الجهد.'));
    // (the tweet over its footer is the platform's: the text does not announce it as its quotation)
    assert.deepEqual(x.record.body, P);
    assert.equal(x.record.comments[0]?.author, 'محمد');
  });

  it('should restore the alef of "ال" after the preposition in "محفوظة للنيل الأزرق"', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'جميع الحقوق محفوظة للنيل الأزرق نيوز 2015 - bluenile-news.example'));
    assert.deepEqual(x.record.source, { name: 'النيل الأزرق نيوز', domain: 'bluenile-news.example' });
  });

  it('should keep the text going on after a photo gallery or a poll inside it, without their slides and options', () => {
    const gallery = ['ألبوم الصور: الثلوج تكسو الجبال', '1 / 12', 'الثلوج تغطي منازل البلدة بعد ليلة عاصفة وباردة جدا.', '© الموقع - طوني فرح',
      '2 / 12', 'جرافة تابعة لوزارة الأشغال تحاول فتح الطريق المقفل منذ الصباح.', '© الموقع - ريم الحاج', 'الصورة السابقة', 'الصورة التالية'];
    const poll = ['استطلاع رأي', 'هل تؤيد رفع أسعار البنزين والكهرباء لمواجهة عجز الميزانية؟', 'نعم، الإصلاح ضروري لضمان الاستدامة المالية', 'لا، القرار يثقل كاهل ذوي الدخل المحدود', 'صوت', 'النتائج'];
    // paragraphs of an ordinary length: a box splits the text only where real text stands on both sides
    const text = [P[0] + ' ' + P[1], P[2] + ' ' + P[3], P[1] + ' ' + P[2], P[3] + ' ' + P[0]];
    for (const box of [gallery, poll]) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', text[0], text[1], ...box, text[2], text[3], 'الأكثر قراءة'));
      assert.deepEqual(x.record.body, text, box[0]);
    }
  });

  it('should read a byline carrying its date after a bar, an edit date as the update, and not take a menu row for text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الرئيسية | القدس | الضفة | غزة | الداخل المحتل | الأسرى | تقارير | رياضة',
      'ارتفاع إنتاج القمح في الموسم الحالي', 'القدس المحتلة - ياسر الرجبي | 16/9/2015 - 10:30 م', ...P, 'عُدل بتاريخ 17/9/2015 - 09:15 ص'));
    assert.equal(x.record.byline, 'القدس المحتلة - ياسر الرجبي');
    assert.equal(x.record.subtitle, null);
    assert.deepEqual(x.record.date, { published: '2015-09-16T22:30', updated: '2015-09-17T09:15', hijri: null });
    assert.deepEqual(x.record.body, P);
  });

  it('should pair names and texts in a comments area with no times at all', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أبو علي', 'الماء مقطوع منذ ثلاثة أيام في حينا، فمتى الحل؟', 'حيدر', 'الله يحفظ البلد وأهله', 'اكتب تعليقك'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو علي', 'الماء مقطوع منذ ثلاثة أيام في حينا، فمتى الحل؟'], ['حيدر', 'الله يحفظ البلد وأهله']]);
  });

  it('should drop a standing disclaimer and a doubled headline, and read a line the update label marks after its dates', () => {
    const h = 'ارتفاع إنتاج القمح في الموسم الحالي';
    const x = extract(page(h, 'الأربعاء 2/12/1436 هـ - الموافق 16/9/2015 م (آخر تحديث) الساعة 17:32', h + h, ...P,
      'الآراء الواردة في المقالات تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع الذي ينشرها.'));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual([x.record.date.published?.slice(0, 10), x.record.date.updated?.slice(0, 10), x.record.date.hijri], ['2015-09-16', '2015-09-16', '2/12/1436 هـ']);
  });

  it('should follow the text past a "skip … and continue reading" box to its end mark, and past a read-also link to a short closing paragraph', () => {
    const long = [P[0] + ' ' + P[1], P[2] + ' ' + P[3], P[1] + ' ' + P[2], P[3] + ' ' + P[0]];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', long[0], long[1], 'تخطى موضوعات قد تهمك وواصل القراءة', 'موضوعات قد تهمك',
      'احتجاجات في الجنوب للمطالبة بالتنمية', 'هل تنجح الزراعة الصحراوية في مواجهة شح المياه؟', 'نهاية', 'مياه جوفية', long[2], long[3], 'مواضيع ذات صلة'));
    assert.deepEqual(x.record.body, [long[0], long[1], 'مياه جوفية', long[2], long[3]]);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', long[0], long[1], 'اقرأ أيضاً', 'خبر آخر عن الحصاد', 'وتستمر الحملة الوطنية لدعم المزارعين حتى نهاية الشهر الجاري في المحافظات.', 'الأكثر قراءة'));
    assert.deepEqual(y.record.body, [long[0], long[1], 'وتستمر الحملة الوطنية لدعم المزارعين حتى نهاية الشهر الجاري في المحافظات.']);
  });

  it('should drop code, loader scraps and the cookie banner from the text, and read an owner beside a Hijri year', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], '(adsbygoogle = window.adsbygoogle || []).push({});', P[1], 'Loading...',
      'نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا، وباستمرارك في التصفح فإنك توافق على ذلك.', 'موافق', P[2], '10:30', P[3],
      'جميع الحقوق محفوظة للحرمين اليوم 1436هـ'));
    assert.deepEqual(x.record.body, [P[0], P[1], P[2], '10:30', P[3]]);
    assert.equal(x.record.source.name, 'الحرمين اليوم');
  });

  it('should take the title above the site and date lines for the headline, and the longer line under them for its deck', () => {
    const h = 'إعادة تشغيل محطة ضخ المياه في شرق حلب بعد توقف دام أسبوعين';
    const deck = 'فرق الصيانة تعيد المياه إلى أحياء المدينة الشرقية والغربية بوساطة من الهلال الأحمر';
    const x = extract(page('الرئيسية', 'أخبار', h, 'الميادين نت', '12 نيسان 2016 - 14:35', deck, ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, deck);
    const ticker = extract(page('Flash: الترجي الرياضي يتأهل إلى نصف نهائي دوري أبطال أفريقيا', '05.04.2023 | 11:20', 'ارتفاع إنتاج القمح في الموسم الحالي وتراجع الأسعار في الأسواق المحلية', ...P));
    assert.equal(ticker.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي وتراجع الأسعار في الأسواق المحلية');
  });

  it('should follow the text past a most-read list and ads when it resumes with "و…", and drop the list', () => {
    const long = [P[0] + ' ' + P[1], P[2] + ' ' + P[3]];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...long, 'الأكثر قراءة', '1. سعر الذهب اليوم في الأسواق يرتفع مجددا',
      '2. تعرف إلى مواعيد الإجازة المقبلة للمدارس', 'إعلان', 'وتسعى الوزارة إلى مضاعفة المساحات المزروعة بالقمح خلال السنوات الخمس المقبلة، وفق خطتها لتحقيق الاكتفاء الذاتي.', 'الوسوم'));
    assert.deepEqual(x.record.body, [...long, 'وتسعى الوزارة إلى مضاعفة المساحات المزروعة بالقمح خلال السنوات الخمس المقبلة، وفق خطتها لتحقيق الاكتفاء الذاتي.']);
  });

  it('should join a paragraph the dump broke at its links, and not a header whose lines run on', () => {
    const broken = ['أكد وزير الزراعة', 'سامر الخطيب', '، صباح اليوم خلال زيارة إلى محافظة', 'درعا', '، أن إنتاج القمح ارتفع مقارنة بالعام الماضي.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', '12 مارس 2019', broken.join('\n'), ...P));
    assert.deepEqual(x.record.body, [broken.join(' '), ...P]);
    // no blank line before it: the header's lines (headline, date) stay out of the paragraph
    const y = extract(['ارتفاع إنتاج القمح في الموسم الحالي', '12 مارس 2019', ...broken, '', ...P].join('\n'));
    assert.equal(y.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(y.record.date.published, '2019-03-12');
    assert.ok(!y.record.body.some((p) => p.includes('2019')), y.record.body.join(' | '));
  });

  it('should take the outlet a byline names when nothing else names the site, and leave the row\'s later fields out', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'إربد - الوادي برس | 14 آذار 2017 | اقتصاد', ...P, 'جميع الحقوق محفوظة 2017'));
    assert.equal(x.record.byline, 'إربد - الوادي برس');
    assert.equal(x.record.source.name, 'الوادي برس');
    assert.equal(x.record.date.published, '2017-03-14');
    const person = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'إربد - سامر الخطيب | 14 آذار 2017', ...P));
    assert.equal(person.record.source.name, null, 'a person is not an outlet');
  });

  it('should take the title above the byline and date block for the headline, not the photo caption over the text', () => {
    const h = 'لجان المراقبة تحجز أطنانا من المواد الفاسدة في الأسواق الشعبية';
    const x = extract(['الرئيسية', 'اقتصاد', h, '', 'الكاتب: سامر الخطيب', '22/06/2015 على الساعة 14:30', '', 'لجان المراقبة خلال جولة بالسوق', '', P.join('\n\n')].join('\n'));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, null);
    assert.deepEqual(x.record.body, P);
  });

  it('should take a summary between the headline and the author and date lines for the deck', () => {
    const summary = 'بعد خمسة أسابيع على إقفال المطمر عادت أكوام النفايات إلى الأحياء، فيما تتقاذف القوى السياسية كرة المسؤولية';
    const x = extract(page('سياسة', 'النفايات تعود إلى الشوارع', summary, 'جنى موسى', 'الاثنين 24 آب 2015', ...P));
    assert.equal(x.record.subtitle, summary);
    assert.equal(x.record.byline, 'جنى موسى');
    assert.deepEqual(x.record.body, P);
  });

  it('should never take a menu on one line ("الأولى | مصر | اقتصاد | حوادث") for the headline', () => {
    const h = 'توزيع الخبز بالكارت الذكي في 5 محافظات جديدة أول فبراير';
    const x = extract(page('الثلاثاء 5 يناير 2016', 'الصفحة الأولى | مصر | العالم العربي | اقتصاد | حوادث | رياضة', h, 'كتب ــ حسام زايد', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, null);
    const titled = extract(page('عاجل | ' + h + ' | الموقع', h, ...P));
    assert.equal(titled.record.headline, h, 'a page title with bars is not a menu');
  });

  it('should take a signed credit closing the text for the byline when the header names no author, and read French comment widgets', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'Publié le 02/03/2020 à 11h48 | Mis à jour le 03/03/2020 à 08h15', ...P,
      'إعداد: محمد الأمين', '2 Commentaires', 'سيد أحمد dit :', '02/03/2020 à 14h10', 'مبادرة طيبة طال انتظارها.', 'Répondre',
      'Aminetou dit :', '02/03/2020 à 16h37', 'نتمنى أن تستمر كل سنة.', 'Répondre'));
    assert.equal(x.record.byline, 'إعداد: محمد الأمين');
    assert.equal(x.record.date.updated?.slice(0, 10), '2020-03-03');
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['سيد أحمد', 'مبادرة طيبة طال انتظارها.'], ['Aminetou', 'نتمنى أن تستمر كل سنة.']]);
    const kind = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تقرير إنساني'));
    assert.equal(kind.record.byline, null, 'a story kind after the text is not a signature');
  });

  it('should never take a field ("الحضور: 49 نائباً", "نوع الجلسة: عادية") or a date-labelled line for the headline', () => {
    const h = 'المجلس يحيل مقترحات شراء القروض إلى اللجنة المالية ويمهلها شهراً';
    const x = extract(page('الجلسات', h, 'الثلاثاء 2022/11/15 - 21 ربيع الآخر 1444هـ', 'تغطية: نواف الرشيدي', 'نوع الجلسة: عادية',
      'افتتحت: 9:10 صباحاً | رفعت: 3:45 عصراً', 'الحضور: 49 نائباً و13 وزيراً', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.date.published, '2022-11-15');
    const quoted = 'الوزير: 6 رحلات يومياً في كل اتجاه وتقليص زمن الرحلة';
    assert.equal(extract(page('أخبار', quoted, ...P)).record.headline, quoted, 'a headline quoting someone is not a field');
    const unread = extract(page('حملة وطنية للتطعيم ضد شلل الأطفال في جميع المدن', 'آخر تحديث: الجمعة 16 الطير 2010', ...P));
    assert.equal(unread.record.headline, 'حملة وطنية للتطعيم ضد شلل الأطفال في جميع المدن', 'a date label opens a date line even when its date is not read');
  });

  it('should read comment fields: the name and the date labelled on one line, a title field above the time', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات الزوار (2)', 'الاسم: سالم الورفلي | التاريخ: 15/04/2010 - 13:40', 'خطوة مهمة نتمنى استمرارها.',
      'الاسم: أم محمد - بنغازي | التاريخ: 15/04/2010 - 18:05', 'شكراً على المقال.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [['سالم الورفلي', '15/04/2010 - 13:40', 'خطوة مهمة نتمنى استمرارها.'], ['أم محمد - بنغازي', '15/04/2010 - 18:05', 'شكراً على المقال.']]);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات القراء (2)', 'خالد (السعودية)', 'عنوان التعليق: مقال في الصميم', '16/04/2010 - 14:20', 'شكراً على المقال.',
      'سلمى (تونس)', 'عنوان التعليق: والحل؟', '16/04/2010 - 17:05', 'التشخيص صحيح لكن الحلول غائبة.'));
    assert.deepEqual(y.record.comments.map((c) => [c.author, c.title]), [['خالد (السعودية)', 'مقال في الصميم'], ['سلمى (تونس)', 'والحل؟']]);
  });

  it('should open the comments at "word + count in brackets", pass over a supporter field and reaction rows', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات المشجعين (2)', 'أبو علي', 'يشجع: الزوراء', '11-12-2021 22:15', 'كرار يستحق أن يكون أساسيا من أول دقيقة.', '👍 41 👎 6',
      'مرتضى', 'يشجع: الشرطة', '11-12-2021 22:31', 'الهدف الثاني فيه دفع واضح على المدافع.', '👏 12 · رد'));
    assert.equal(x.record.comment_count_stated, 2);
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.text]), [['أبو علي', null, 'كرار يستحق أن يكون أساسيا من أول دقيقة.'], ['مرتضى', null, 'الهدف الثاني فيه دفع واضح على المدافع.']]);
  });

  it('should read repeated thumbs as a reader\'s comment and a lone thumb or "👍 👎" as the vote buttons, and pass over the form\'s "نص التعليق"', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أبو راكان في 03/05/2016 الساعة 11:02 ص', 'خطوة ممتازة ونتمنى تعميمها.', '👍 👎',
      'متابع في 03/05/2016 الساعة 09:14 م', '👍👍', '👍', 'أضف تعليقك', 'الاسم', 'نص التعليق', 'إرسال'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو راكان', 'خطوة ممتازة ونتمنى تعميمها.'], ['متابع', '👍👍']]);
  });

  it('should read "time / name / text" comments, a Latin name or a user name among the Arabic ones', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات الزوار', '22 نونبر 2017 - 13:10', 'تاجر مول الخضرة', 'ستة أمتار؟ واش غادي نحط فيها الصناديق؟', 'أعجبني 41 | لم يعجبني 2',
      '22 نونبر 2017 - 14:22', 'Karim Kenitra', 'Le projet est bon sur le papier.', 'أعجبني 17 | لم يعجبني 5', '22 نونبر 2017 - 15:02', 'Fatma_Q8', 'جربوا الحجز بالليل.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [
      ['تاجر مول الخضرة', '22 نونبر 2017 - 13:10', 'ستة أمتار؟ واش غادي نحط فيها الصناديق؟'], ['Karim Kenitra', '22 نونبر 2017 - 14:22', 'Le projet est bon sur le papier.'],
      ['Fatma_Q8', '22 نونبر 2017 - 15:02', 'جربوا الحجز بالليل.']]);
  });

  it('should read "time / name / text" comments when one name carries its town and another an initial, under an editor\'s-pick badge', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات القراء (3)', '★ تعليق مختار', '10:02 | 03-02-2023', 'سامر م.', 'يعني منصير ندفع فاتورتين بالآخر.', 'إعجاب 48 | رد',
      '11:20 | 03-02-2023', 'ابو جورج - الأشرفية', 'شو هيدا الرسم الثابت؟', 'إعجاب 22 | رد', '13:48 | 03-02-2023', 'Nadine K.', 'Et qui va contrôler les branchements ?', 'إعجاب 17 | رد'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['سامر م.', 'يعني منصير ندفع فاتورتين بالآخر.'],
      ['ابو جورج - الأشرفية', 'شو هيدا الرسم الثابت؟'], ['Nadine K.', 'Et qui va contrôler les branchements ?']]);
  });

  it('should leave a "إعجاب (N) | عدم إعجاب (M)" vote row out of the comment above it', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أبو راكان في 03/05/2016 الساعة 11:02 ص', 'خطوة ممتازة ونتمنى تعميمها.', 'إعجاب (64) | عدم إعجاب (3)',
      'متابع في 03/05/2016 الساعة 09:14 م', 'متى يبدأ التطبيق؟', 'إعجاب (2) | عدم إعجاب (0)'));
    assert.deepEqual(x.record.comments.map((c) => c.text), ['خطوة ممتازة ونتمنى تعميمها.', 'متى يبدأ التطبيق؟']);
  });

  it('should leave a reply marker naming the comment\'s number ("رداً على تعليق رقم 1") out of the comment above it', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أبو راكان في 03/05/2016 الساعة 11:02 ص', 'خطوة ممتازة ونتمنى تعميمها.', 'رداً على تعليق رقم 1',
      'متابع في 03/05/2016 الساعة 09:14 م', 'متى يبدأ التطبيق؟'));
    assert.deepEqual(x.record.comments.map((c) => c.text), ['خطوة ممتازة ونتمنى تعميمها.', 'متى يبدأ التطبيق؟']);
  });

  it('should read the name over an author\'s badge ("كاتبة المقال") when the article\'s author replies', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '3 تعليقات', 'سامي الخطيب', 'يناير 12, 2022 في 1:05 م', 'هل من تعويضات للمتضررين؟', 'رد',
      'لينا حمدان', 'كاتبة المقال', 'يناير 12, 2022 في 3:20 م', 'سألنا البلدية وسنتابع الموضوع.', 'رد'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['سامي الخطيب', 'هل من تعويضات للمتضررين؟'], ['لينا حمدان', 'سألنا البلدية وسنتابع الموضوع.']]);
  });

  it('should read "NAME | PLACE | TIME" headers whose place holds a dash, under "التعليق رقم (N)" counters', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'التعليق رقم (1)', 'ابو زهراء | الكاظمية | 2015/08/01 - 12:05 م', 'ماكو حل غير المحاسبة.',
      'التعليق رقم (2)', 'سعد الجبوري | الموصل - نازح في أربيل | 2015/08/01 - 01:30 م', 'الله يكون بعون أهل بغداد.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.when, c.text]), [['ابو زهراء', null, '2015/08/01 - 12:05 م', 'ماكو حل غير المحاسبة.'],
      ['سعد الجبوري', null, '2015/08/01 - 01:30 م', 'الله يكون بعون أهل بغداد.']]);
  });

  it('should read the name over a time line opening with a clock icon ("🕒 12/01/2022 08:41 م")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'أبو نواف', '🕒 12/01/2022 08:41 م', 'الحمدلله على السلامة.', '👍 12',
      'أم ريان', '🕒 12/01/2022 09:03 م', 'المنصة كانت تعلق كثير.', '👍 3'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['أبو نواف', '12/01/2022 08:41 م'], ['أم ريان', '12/01/2022 09:03 م']]);
  });

  it('should read a numbered name over the commenter\'s place ("من المغرب") and time', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات الزوار (2)', '1 - مواطن غيور', 'من المغرب', 'الثلاثاء 18 يونيو 2019 - 12:14', 'خاص البديل قبل الحملة.', '(87) (12)',
      '2 - طنجاوي', 'من طنجة', 'الثلاثاء 18 يونيو 2019 - 12:40', 'سكان بني مكادة عانوا بزاف.', '(5) (1)'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.text]), [['مواطن غيور', null, 'خاص البديل قبل الحملة.'], ['طنجاوي', null, 'سكان بني مكادة عانوا بزاف.']]);
  });

  it('should leave a quote button ("اقتبس") and a "يعجبني (5) | لا يعجبني (0)" row out of the comment above them', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', 'أبو راكان في 03/05/2016 الساعة 11:02 ص', 'خطوة ممتازة ونتمنى تعميمها.', 'اقتبس',
      'متابع في 03/05/2016 الساعة 09:14 م', 'متى يبدأ التطبيق؟', 'يعجبني (5) | لا يعجبني (0)'));
    assert.deepEqual(x.record.comments.map((c) => c.text), ['خطوة ممتازة ونتمنى تعميمها.', 'متى يبدأ التطبيق؟']);
  });

  it('should read a French Disqus thread: "il y a 2 ans" ages, its buttons and menus, a reply\'s "NAME → PARENT"', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '3 Commentaires', 'Connexion', 'Trier par le plus récent', 'Rejoindre la discussion…',
      'نبيل سطايفي', 'il y a 2 ans', 'ربي يعاون الأساتذة والتلاميذ.', '7', 'Répondre', 'Partager ›', 'Karima B → نبيل سطايفي', 'il y a 2 ans', 'Mon frère est enseignant à Babor.', 'Répondre', 'Partager ›',
      'Yacine19', 'il y a une heure', 'Bravo pour l\'article.', 'Répondre', 'Partager ›', 'S\'abonner'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.when, c.text]), [['نبيل سطايفي', null, 'il y a 2 ans', 'ربي يعاون الأساتذة والتلاميذ.'],
      ['Karima B', null, 'il y a 2 ans', 'Mon frère est enseignant à Babor.'], ['Yacine19', null, 'il y a une heure', 'Bravo pour l\'article.']]);
  });

  it('should read Facebook plugin rows whose texts hold dates (a question "… 17 يوليو؟", an answer "نعم، … 17 يوليو 2023.")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '4 تعليقات', 'فرز حسب', 'الأحدث', 'أضف تعليقاً...', 'سمير بن علي', 'القمح الروسي أرخص من الفرنسي بكثير.', 'أعجبني · رد · 4 س',
      'Khalid Al-Harbi', 'متى ينتهي اتفاق الحبوب بالضبط؟ 17 يوليو؟', 'أعجبني · رد · 5 س', 'صوت الفولغا', 'نعم، تنتهي المدة الحالية للاتفاق في 17 يوليو 2023.', 'أعجبني · رد · 5 س'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['سمير بن علي', '4 س'], ['Khalid Al-Harbi', '5 س'], ['صوت الفولغا', '5 س']]);
  });

  it('should count no removed comment ("تمت إزالة هذا التعليق بواسطة المؤلف.") and leave a French "modifié" flag out of the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '3 تعليقات', 'أبو راكان يقول...', 'خطوة ممتازة ونتمنى تعميمها.', '10 مارس 2019 في 1:30 م', 'رد',
      'غير معرف يقول...', 'تمت إزالة هذا التعليق بواسطة المؤلف.', '10 مارس 2019 في 2:05 م', 'رد', 'Aicha mint Brahim يقول...', 'modifié', 'Très bonne nouvelle.', '10 مارس 2019 في 3:15 م', 'رد'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو راكان', 'خطوة ممتازة ونتمنى تعميمها.'], ['Aicha mint Brahim', 'Très bonne nouvelle.']]);
  });

  it('should read wpDiscuz\'s Arabic ages ("4 سنوات منذ") and a reply\'s "رداً على NAME" line', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '3 تعليقات', 'الأقدم', 'الأحدث', 'ضيف', 'Amine Boufarik', '4 سنوات منذ', 'البرتقال تاع متيجة ما كانش كيفو.', '6', 'رد',
      'ضيف', 'فلاح من موزاية', 'رداً على  Amine Boufarik', '4 سنوات منذ', 'صح خويا، لازم تبريد.', 'رد'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [['Amine Boufarik', '4 سنوات منذ', 'البرتقال تاع متيجة ما كانش كيفو.'],
      ['فلاح من موزاية', '4 سنوات منذ', 'صح خويا، لازم تبريد.']]);
  });

  it('should read Facebook plugin rows under its "أهم التعليقات" sort value, a name\'s "job لدى employer" profile left out', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', '12 تعليقًا', 'ترتيب حسب', 'أهم التعليقات', 'إضافة تعليق...', 'Mahmoud Abdelrahman',
      'مدرس أول لغة عربية لدى مديرية التربية والتعليم بالمنيا', 'ربنا يوفق الجميع، بس لازم نقول الحقيقة.', 'أعجبني · رد · 17 · 3 س', 'هالة سمير', 'عندك حق يا أستاذ محمود.', 'أعجبني · رد · 2 س'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['Mahmoud Abdelrahman', 'ربنا يوفق الجميع، بس لازم نقول الحقيقة.'], ['هالة سمير', 'عندك حق يا أستاذ محمود.']]);
  });

  it('should read names without a reply\'s indent, an arrow to the comment answered, a count of comments or a badge', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'النقاش (4)', 'ترتيب حسب:', 'الأكثر تفاعلاً ▾', 'سالم الحارثي (37 تعليقاً)', '13 نوفمبر 2019 - 9:40 م', 'قرار ممتاز، بس المشكلة في التطبيق.', '♥ 58 · رد',
      '└ عبدالله الكندي ⭐ كاتب الخبر', '13 نوفمبر 2019 - 10:15 م', 'الوزارة أكدت لنا أن التفتيش سيبدأ.', 'Rana Y.', '↪ سالم الحارثي', '13 نوفمبر 2019 - 11:02 م', 'بالضبط، التطبيق هو الأهم.',
      'أم محمد', '↪ Rana Y.', '14 نوفمبر 2019 - 7:30 ص', 'جربوا الحجز بالليل.'));
    assert.equal(x.record.comment_count_stated, 4);
    assert.deepEqual(x.record.comments.map((c) => c.author), ['سالم الحارثي', 'عبدالله الكندي', 'Rana Y.', 'أم محمد']);
    assert.equal(x.record.comments[2].text, 'بالضبط، التطبيق هو الأهم.');
  });

  it('should read reviews (stars, title, text, "— name · date", a helpfulness row) and leave the rating box out of the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'قيّم هذا المقال', '★★★★☆', '4.2 من 5 (58 تقييماً)', 'آراء الزوار (2)', 'متوسط تقييم الزوار: 4.3',
      '★★★★★', 'تجربة لا تنسى', 'زرنا المتحف أول يوم والأطفال ما بغوا يطلعون.', '— سارة م. · 23 فبراير 2022', 'هل كان هذا مفيداً؟ نعم (12) لا (0)',
      '★★★☆☆', 'جميل لكن السعر مرتفع', 'المحتوى رائع بس السعر كثير على عائلة.', '— عائلة الحمادي · 25 فبراير 2022', 'هل كان هذا مفيداً؟ نعم (9) لا (2)'));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.text]), [
      ['سارة م.', 'تجربة لا تنسى', 'زرنا المتحف أول يوم والأطفال ما بغوا يطلعون.'], ['عائلة الحمادي', 'جميل لكن السعر مرتفع', 'المحتوى رائع بس السعر كثير على عائلة.']]);
  });

  it('should read "name | likes | age" headers without the likes', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات (2)', 'Sami Ben Ali | 12 👍 | منذ 3 أيام', 'Chaque année la même histoire.', 'ردّ · إبلاغ',
      'ولي تلميذ - صفاقس | 9 👍 | منذ يومين', 'مشيت لبرشا مكتبات وما فماش كراس مدعم.', 'ردّ · إبلاغ'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['Sami Ben Ali', 'منذ 3 أيام'], ['ولي تلميذ - صفاقس', 'منذ يومين']]);
  });

  it('should read a name ending with an initial ("علي ح.") over its time, and names over texts with no times', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'جورج - الأشرفية', '22-08-2016 | 14:30', 'نفس الوعود من عشرين سنة.', 'علي ح.', '22-08-2016 | 16:18', 'بالضاحية عم تجي 4 ساعات باليوم.'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['جورج - الأشرفية', 'علي ح.']);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'أبو أنس - حلحول', 'يعطيكم العافية، العنب الخليلي ما في زيو.', 'ابن الخليل', 'الله يعين المزارعين، السعر بنزل كل سنة.', 'أضف تعليق', 'الاسم'));
    assert.deepEqual(y.record.comments.map((c) => [c.author, c.text]), [['أبو أنس - حلحول', 'يعطيكم العافية، العنب الخليلي ما في زيو.'], ['ابن الخليل', 'الله يعين المزارعين، السعر بنزل كل سنة.']]);
  });

  it('should read a user name with digits in a "name | time" header and leave the report link out of the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'Nadia_31 | 12/07/2022 10:41', 'الماء يجي يوم بعد يوم والحرارة 40 درجة.', 'أبلغ عن تعليق مسيء',
      'سمير | 12/07/2022 11:05', 'نفس المشكل عندنا في حي السلام.', 'أبلغ عن تعليق مسيء'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['Nadia_31', 'الماء يجي يوم بعد يوم والحرارة 40 درجة.'], ['سمير', 'نفس المشكل عندنا في حي السلام.']]);
  });

  it('should date the page by "بواسطة name · date · reading time" under the headline, and read "بواسطة name في date" comment names without the label', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'بواسطة سامي الخطيب · 14 أكتوبر، 2020 · 4 دقائق', ...P, 'التعليقات (2)',
      'بواسطة أبو خالد الزعبي في 09/08/2022 - 12:31', 'الله يعطيكم العافية على الخبر.', 'بواسطة Lina H. في 09/08/2022 - 15:47', 'Merci pour l\'article.'));
    assert.equal(x.record.date.published, '2020-10-14');
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.comments.map((c) => c.author), ['أبو خالد الزعبي', 'Lina H.']);
  });

  it('should leave a reply\'s labels ("↳ رد من الموقع", "رداً على: فلان") out of the comments\' texts', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (3)', 'أبو مجد', '12 تموز 2017 - 09:40', 'لو سمحتو، الرسائل بتوصل لكل الشبكات؟', '↳ رد من الموقع',
      'أسرة التحرير', '12 تموز 2017 - 10:02', 'أهلاً أبو مجد، تصل عبر كل الشركات.', 'رداً على: أبو مجد', 'طالبة توجيهي', '12 تموز 2017 - 10:25', 'الأحسن تستنى الرسالة.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو مجد', 'لو سمحتو، الرسائل بتوصل لكل الشبكات؟'], ['أسرة التحرير', 'أهلاً أبو مجد، تصل عبر كل الشركات.'], ['طالبة توجيهي', 'الأحسن تستنى الرسالة.']]);
  });

  it('should read comments signed under their text ("— name | time")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'آراء القراء (2)', 'الحكومة تتكلم عن العجز والمواطن ينتظر.', '— بو فهد | 15/11/2022 - 4:12 م',
      'شهر مهلة يعني نرجع لنفس النقطة بعد شهر.', '— أم عبدالعزيز | 15/11/2022 - 5:30 م', 'شارك برأيك', 'الاسم', 'إرسال'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [
      ['بو فهد', '15/11/2022 - 4:12 م', 'الحكومة تتكلم عن العجز والمواطن ينتظر.'], ['أم عبدالعزيز', '15/11/2022 - 5:30 م', 'شهر مهلة يعني نرجع لنفس النقطة بعد شهر.']]);
  });

  it('should join a headline wrapped over two lines when the page title holds it whole', () => {
    const x = extract(page('الموقع | مجلس الأمن والدفاع يعلن السودان منطقة كوارث طبيعية ويفرض الطوارئ ثلاثة أشهر',
      'السبت 5 سبتمبر 2020', 'مجلس الأمن والدفاع يعلن السودان منطقة كوارث طبيعية\nويفرض الطوارئ ثلاثة أشهر', ...P));
    assert.equal(x.record.headline, 'مجلس الأمن والدفاع يعلن السودان منطقة كوارث طبيعية ويفرض الطوارئ ثلاثة أشهر');
    assert.equal(x.record.subtitle, null);
  });

  it('should drop a reply\'s quotation box, a guest\'s masked IP and vote scores from the comments', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات (2)', '+٣١', 'نسيمة', '09/04/2018 على 11:05', 'نحن ننتظر منذ سنوات.', '▲ ▼ | رد | إبلاغ عن إساءة',
      '−٧', 'زائر', 'IP: 134.35.xx.xx', '09/04/2018 على 12:30', 'اقتباس من تعليق نسيمة:', '«نحن ننتظر منذ سنوات.»', 'صبراً يا أختي، المهم الاستلام.', '▲ ▼ | رد | إبلاغ عن إساءة'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['نسيمة', 'نحن ننتظر منذ سنوات.'], ['زائر', 'صبراً يا أختي، المهم الاستلام.']]);
  });

  it('should read Facebook plugin comments: name, text, then a like/reply row with a short age ("٥ س")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '2 تعليقات', 'ترتيب حسب', 'أضف تعليقًا...', 'حاتم الفرجاني', 'معجب بارز',
      'يعطيهم الصحة، المشكل في المسالك الكل', 'أعجبني · رد · ٥ س · تم التعديل', 'سلمى الشابي', 'الرقم الأخضر ما يجاوبش جربتو ثلاث مرات', 'أعجبني · رد · ٢ س'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['حاتم الفرجاني', '٥ س'], ['سلمى الشابي', '٢ س']]);
  });

  it('should take a longer line under a shorter title for the headline, unless it quotes someone', () => {
    const kicker = 'بعد توقف دام أكثر من خمسة أشهر';
    const h = 'محطة الحسوة تعود للعمل جزئيا وساعات الانقطاع تتقلص في عدن';
    const x = extract(page('محليات', kicker, h, 'الأربعاء 7 أكتوبر 2015', ...P));
    assert.deepEqual([x.record.headline, x.record.subtitle], [h, kicker]);
    const title = 'عودة القطارات بين القاهرة وأسوان وتشغيل 14 محطة مطورة';
    const deck = 'وزير النقل: 6 رحلات يومياً في كل اتجاه وتقليص زمن الرحلة ساعة ونصف الساعة';
    const y = extract(page('أخبار', title, deck, 'الأربعاء 7 أكتوبر 2015', ...P));
    assert.deepEqual([y.record.headline, y.record.subtitle], [title, deck]);
  });

  it('should read a name alone under the headline as its author, a Maghreb update label, and a dashed title the page title holds', () => {
    const h = 'إغلاق طريق العريش - رفح الدولي بسبب السيول';
    const x = extract(page('بوابة سيناء | ' + h, 'الرئيسية', 'آخر تحيين: 03-07-2022 | 14:35', h, 'إلياس الحاجي', ...P, 'نُشر في: 02-07-2022 | 09:10', 'شارك المقال'));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.byline, 'إلياس الحاجي');
    assert.equal(x.record.date.updated?.slice(0, 10), '2022-07-03');
  });

  it('should count an age by the headline back from a masthead stamp with its time, and only then', () => {
    const menu = ['الرئيسية', 'محليات', 'اقتصاد', 'حوادث', 'رياضة', 'الرأي'];
    const x = extract(['الموقع', 'الثلاثاء 7 نوفمبر 2023 | 01:12', ...menu, 'ارتفاع إنتاج القمح في الموسم الحالي', 'الأحمدي - ناصر العنزي', 'منذ 4 ساعات', ...P].join('\n'));
    assert.equal(x.record.date.published, '2023-11-06', 'four hours before 01:12 is the day before');
    const y = extract(['الموقع', 'الثلاثاء 7 نوفمبر 2023', ...menu, 'ارتفاع إنتاج القمح في الموسم الحالي', 'الأحمدي - ناصر العنزي', 'منذ 4 ساعات', ...P].join('\n'));
    assert.equal(y.record.date.published, null, 'a banner without its time is no stamp');
  });

  it('should read comments a name opens and a time closes ("name / text / time")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات القراء (2)', 'سامي (السعودية)\nالذهب ما زال أفضل ملاذ.\n03/11/2015 - 12:40',
      'Karim (المغرب)\nتحليل جيد، لكن ينقصه الرقم.\n03/11/2015 - 15:02', 'شارك برأيك'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [
      ['سامي (السعودية)', '03/11/2015 - 12:40', 'الذهب ما زال أفضل ملاذ.'], ['Karim (المغرب)', '03/11/2015 - 15:02', 'تحليل جيد، لكن ينقصه الرقم.']]);
  });

  it('should keep a short subheading under a related box\'s teaser, and drop a box\'s only link or its "منذ …" stamps', () => {
    const h = 'ارتفاع إنتاج القمح في الموسم الحالي';
    const teaser = 'الحكومة تعلن خطة عاجلة لدعم صغار المزارعين في المحافظات الجنوبية';
    const x = extract(page(h, P[0], P[1], 'مواضيع ذات صلة', teaser, 'أسعار البذور', ...P.slice(2)));
    assert.deepEqual(x.record.body, [P[0], P[1], 'أسعار البذور', P[2], P[3]]);
    const y = extract(page(h, P[0], P[1], 'مواضيع ذات صلة', teaser, ...P.slice(2)));
    assert.deepEqual(y.record.body, P, 'a box\'s only line is its link');
    const z = extract(page(h, P[0], P[1], 'الأكثر قراءة', teaser, 'منذ 5 ساعات', 'تراجع أسعار الخضر في أسواق الجملة بالعاصمة', 'منذ ساعتين', ...P.slice(2)));
    assert.deepEqual(z.record.body, P, 'the last of a box\'s stamps is the box\'s');
  });

  it('should read tab-separated rows under the line announcing them as a table of the text, with a box under it', () => {
    const rows = ['المسار\tالطول\tعدد المحطات', 'الأزرق\t38 كم\t25', 'الأحمر\t25 كم\t15', 'البرتقالي\t40 كم\t22', 'الأصفر\t29 كم\t9', 'الأخضر\t12 كم\t11', 'البنفسجي\t29 كم\t11'];
    const intro = 'وتتوزع مسارات الشبكة على النحو الآتي:';
    const teasers = ['الحكومة تعلن خطة عاجلة لدعم صغار المزارعين في المحافظات الجنوبية', 'تراجع أسعار الخضر في أسواق الجملة بالعاصمة خلال الأسبوع الحالي'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], intro, ...rows, 'اقرأ أيضاً', ...teasers, P[2], P[3]));
    assert.deepEqual(x.record.body, [P[0], P[1], intro, ...rows, P[2], P[3]]);
  });

  it('should keep a short paragraph between a table laid out one cell per line and a fact box, with the text above them', () => {
    const intro = 'وبحسب الفواتير التي اطلعنا عليها، جاءت الكلفة الشهرية على النحو الآتي:';
    const cells = ['فئة الاشتراك', 'الكلفة الشهرية', '5 أمبير', '1,900,000 ليرة', '10 أمبير', '3,600,000 ليرة'];
    const short = 'وتتجاوز هذه المبالغ الحد الأدنى للأجور في القطاع العام، ما يدفع كثيرين إلى تقليص اشتراكهم إلى الحد الأدنى.';
    const facts = ['في أرقام', '20 ساعة', 'متوسط انقطاع الكهرباء يومياً', 'نحو 7,000 مولّد', 'تغذي المنازل والمؤسسات'];
    const more = 'تقول منى، وهي معلمة في مدرسة رسمية، إنها باتت تطفئ البراد ليلاً لتوفير جزء من الفاتورة، مؤكدة أن راتبها لم يعد يكفي لتغطية الاشتراك والإيجار معاً.';
    const more2 = 'في المقابل، يرفض أصحاب المولدات تحميلهم المسؤولية، ويقولون إن تسعير المازوت بالدولار وارتفاع كلفة قطع الغيار والزيوت يفرضان عليهم رفع الفواتير كل شهر، وإن هامش أرباحهم تراجع كثيراً.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], P[2], intro, ...cells, short, ...facts, '«نطفئ البرّاد ليلاً»', more, P[3], more2));
    assert.deepEqual(x.record.body.filter((p) => !cells.includes(p)), [P[0], P[1], P[2], intro, short, '«نطفئ البرّاد ليلاً»', more, P[3], more2]);
  });

  it('should drop French read-also links and a read-also box\'s unmarked links, and keep the text after a fact box', () => {
    const h = 'ارتفاع إنتاج القمح في الموسم الحالي';
    const x = extract(page(h, P[0], P[1], 'Lire aussi: الحكومة تعلن خطة عاجلة لدعم صغار المزارعين', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
    const teasers = ['Intempéries : alerte orange sur le nord-ouest du pays', 'تعليق الدروس بعدد من المدارس الريفية بسبب الأمطار'];
    const y = extract(page(h, P[0], P[1], 'À lire aussi', ...teasers, P[2], P[3]));
    assert.deepEqual(y.record.body, P);
    const after = ['في المقابل، لا يخفي الفلاحون قلقهم من الارتفاع المتواصل لأسعار الأسمدة والأدوية الزراعية، التي تضاعفت خلال عامين.', 'ويشير الفلاحون أيضا إلى أزمة المياه، حيث تتراجع منسوبات الآبار الارتوازية عاما بعد عام، ما يرفع كلفة الضخ والحفر.', 'ويجمع المهنيون على أن الحلقة الأضعف في سلسلة القيمة تبقى التوضيب والتحويل، إذ تصدر كميات كبيرة من التمور خاماً دون قيمة مضافة.'];
    const z = extract(page(h, ...P, 'أرقام ودلالات', '+ 4 ملايين نخلة مثمرة بولاية بسكرة', '40 % من الإنتاج الوطني للتمور', 'Publicité', 'تكاليف الإنتاج', ...after, 'الوسوم'));
    assert.deepEqual(z.record.body, [...P, 'تكاليف الإنتاج', ...after]);
  });

  it('should drop an ad\'s one line calling for action and a republication notice, and keep a question heading the text after a box', () => {
    const h = 'ارتفاع إنتاج القمح في الموسم الحالي';
    const x = extract(page(h, P[0], P[1], 'إعلان ممول', 'افتح حسابك الآن واحصل على بطاقة مجاناً', 'مخاوف المزارعين', P[2], P[3],
      'ملاحظة: جميع المواد المنشورة في الموقع محمية، ولا يجوز إعادة نشرها دون إذن كتابي مسبق من إدارة التحرير.', 'الوسوم'));
    assert.deepEqual(x.record.body, [P[0], P[1], 'مخاوف المزارعين', P[2], P[3]]);
    const teasers = ['الحكومة تعلن خطة عاجلة لدعم صغار المزارعين في المحافظات الجنوبية', 'تراجع أسعار الخضر في أسواق الجملة بالعاصمة خلال الأسبوع الحالي'];
    const y = extract(page(h, P[0], P[1], 'اقرأ أيضاً', ...teasers, 'أين وصلت الأسعار؟', P[2], P[3]));
    assert.deepEqual(y.record.body, [P[0], P[1], 'أين وصلت الأسعار؟', P[2], P[3]]);
  });

  it('should pass over a moderation notice under the comments header and a form\'s prompt under the last comment', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات القرّاء (2)', 'تُنشر التعليقات بعد موافقة الإدارة. يُرجى الالتزام بأدب الحوار.',
      'Rami K.\n03/08/2022 15:02\nya3ne 3al 5 ampere sar l eshtirak aktar men ma3ashe', 'أبو وسيم\n03/08/2022 16:37\nالمشكلة مش بالتسعيرة، المشكلة بالرقابة.',
      'شاركنا رأيك', 'الاسم', 'التعليق', 'إرسال'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.text]), [
      ['Rami K.', null, 'ya3ne 3al 5 ampere sar l eshtirak aktar men ma3ashe'], ['أبو وسيم', null, 'المشكلة مش بالتسعيرة، المشكلة بالرقابة.']]);
  });

  it('should read French "Modifié le" as the update label', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'Publié le : Ven, 05 Juin 2020 - 16:20', 'Modifié le : Sam, 06 Juin 2020 - 09:10', ...P));
    assert.deepEqual([x.record.date.published, x.record.date.updated], ['2020-06-05T16:20', '2020-06-06T09:10']);
  });

  it('should read the headline a page title holds after a spaced colon ("Site - الموقع : العنوان"), over a ticker\'s item', () => {
    const h = 'زيت الزيتون في الجنوب: صابة ضعيفة وأسعار قياسية.. من يربح ومن يخسر؟';
    const x = extract(page('Chams Sud - شمس الجنوب : ' + h, 'Accueil | وطنية | جهات | اقتصاد', 'شمس الجنوب', 'Flash | تأجيل إضراب أعوان النقل إلى موفى الشهر الجاري', 'جهات > الجنوب', h, 'نشر في 05 ديسمبر 2023 على الساعة 09:30', ...P));
    assert.equal(x.record.headline, h);
  });

  it('should drop a "قد تهمك:" header and its dashed links, though it ends like a line announcing a list', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], P[2], 'مواضيع قد تهمك:', '- البنك المركزي يدعو شركات الصرافة إلى اجتماع طارئ', '- ارتفاع أسعار المشتقات النفطية في محطات الوقود', P[3]));
    assert.deepEqual(x.record.body, P);
  });

  it('should drop captions closed by their credit: ". أرشيفية", "© agency", "(من حساب …)", and a lone "أرشيفية"', () => {
    for (const caption of ['عمال في موقع إنشاءات خلال فترة استراحة الظهيرة. أرشيفية', 'الوادي بعد عام من الفيضان، حيث تجري أعمال بناء الجسور الجديدة © أجواء الشرق',
      'فرق الإنقاذ أثناء التعامل مع البلاغ في الوادي (من حساب الدفاع المدني على منصة إكس)', 'أرشيفية']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], caption, ...P.slice(1)));
      assert.deepEqual(x.record.body, P, caption);
    }
  });

  it('should read comment headers "أرسلت بواسطة NAME (لم يتم التحقق) في ثلاثاء, DATE", "أرسل بواسطة: NAME | بتاريخ: DATE" and "N | NAME"', () => {
    const text = (a: string, b: string) => page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', a, 'خطوة باهية، لكن لازم يحترموا المواعيد.', 'إشارة دائمة', b, 'نتمنى يديروا خط لمنطقة الحشان.', 'أضف تعليقك');
    const cases = [
      ['أرسلت بواسطة أبو عمر (لم يتم التحقق) في ثلاثاء, 14/06/2016 - 23:05', 'أرسلت بواسطة زائر (لم يتم التحقق) في أربعاء, 15/06/2016 - 02:14'],
      ['أرسل بواسطة: أبو عمر | بتاريخ: 14/06/2016', 'أرسل بواسطة: زائر | بتاريخ: 15/06/2016'],
      ['1 | أبو عمر\n14/06/2016 | 23:05', '2 | زائر\n15/06/2016 | 02:14'],
    ];
    for (const [a, b] of cases) {
      const x = extract(text(a, b));
      assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو عمر', 'خطوة باهية، لكن لازم يحترموا المواعيد.'], ['زائر', 'نتمنى يديروا خط لمنطقة الحشان.']], a);
    }
  });

  it('should read each comment\'s subject under its time, a cut copy of the text\'s start included ("… 10…")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات',
      'أبو عمر في 14/06/2016 - 23:05', 'الكهرباء تنقطع من الساعة 10…', 'الكهرباء تنقطع من الساعة 10 الصبح وترجع بعد المغرب.', 'رد',
      'زائر في 15/06/2016 - 02:14', 'صح كلامك يا مهندس', 'والله صدقت، المستشفى نفسه يشتغل على مولد خاص.', 'رد', 'أضف تعليقاً جديداً'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.text]), [
      ['أبو عمر', 'الكهرباء تنقطع من الساعة 10…', 'الكهرباء تنقطع من الساعة 10 الصبح وترجع بعد المغرب.'], ['زائر', 'صح كلامك يا مهندس', 'والله صدقت، المستشفى نفسه يشتغل على مولد خاص.']]);
  });

  it('should keep a weather and rates strip and a section\'s label over the headline out of the text', () => {
    const h = 'ترسيم الحدود البحرية: ماذا ربح لبنان؟';
    const x = extract(page('الرئيسية | سياسة | اقتصاد', 'بيروت 22° | سعر صرف الدولار في السوق الموازية: 38,900 ل.ل.', 'تحليل', h, 'بقلم: د. كريم حداد | الجمعة 14 تشرين الأول 2022', ...P));
    assert.equal(x.record.headline, h);
    assert.deepEqual(x.record.body, P);
  });

  it('should drop a pull quote between reversed ornamental marks ("❞ … ❝") and a starred bio with no colon after the name', () => {
    const quote = 'ستواصل دعم المزارعين عبر برامج القروض الميسرة';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P.slice(0, 2), `❞ ${quote} ❝`, ...P.slice(2), '* مارتن كولينز أستاذ الاقتصاد السياسي في جامعة مانشستر، ومؤلف كتاب "الثروة الخفية".', 'المصدر: صحيفة بريطانية'));
    assert.deepEqual(x.record.body, P);
  });

  it('should keep the subheading after a fact box whose lines each hold a figure', () => {
    const after = ['في المقابل، لا يخفي الفلاحون قلقهم من الارتفاع المتواصل لأسعار الأسمدة والأدوية الزراعية، التي تضاعفت خلال عامين.', 'ويشير الفلاحون أيضا إلى أزمة المياه، حيث تتراجع منسوبات الآبار الارتوازية عاما بعد عام، ما يرفع كلفة الضخ والحفر.', 'ويجمع المهنيون على أن الحلقة الأضعف في سلسلة القيمة تبقى التوضيب والتحويل، إذ تصدر كميات كبيرة من التمور خاماً دون قيمة مضافة.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'أرقام ودلالات', '+ 4 ملايين نخلة مثمرة', '40 % من الإنتاج الوطني', '+ 30 دولة تستورد التمور', 'Publicité', 'تكاليف الإنتاج ترهق الفلاح', ...after, 'الوسوم'));
    assert.deepEqual(x.record.body, [...P, 'تكاليف الإنتاج ترهق الفلاح', ...after]);
  });

  it('should read a French Facebook plugin: a sort menu, then name / text / "J’aime · Répondre · 2 j"', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '2 commentaires', 'Trier par  Les plus anciens', 'Ajouter un commentaire...',
      'Lahcen Idbelkas\nالله يهدي المسؤولين، حتا حنا فتنا نفس المشكل.\nJ’aime · Répondre · 2 j', 'Amina Ait\nC\'est une honte en 2022 !\nJ’aime · Répondre · 1 j', 'Plugin de commentaires Facebook'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [
      ['Lahcen Idbelkas', '2 j', 'الله يهدي المسؤولين، حتا حنا فتنا نفس المشكل.'], ['Amina Ait', '1 j', 'C\'est une honte en 2022 !']]);
  });

  it('should not take the site\'s clock far above the headline for the article\'s update, and read "حُدّث:" as the update label', () => {
    const menu = ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة'];
    const x = extract(page('مرآة الجنوب', ...menu, 'آخر تحديث: الأربعاء، 26 يوليو 2023 - 09:15', 'عاجل: السلطات تعلن تعليق الدراسة', 'ملف خاص: موسم الخريف', 'أخبار',
      'ارتفاع إنتاج القمح في الموسم الحالي', 'الثلاثاء, 25 يوليو 2023 18:42', ...P));
    assert.deepEqual([x.record.date.published, x.record.date.updated], ['2023-07-25T18:42', null]);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نُشر: 2018/10/03 15:32', 'حُدّث: 2018/10/04 16:05', ...P));
    assert.equal(y.record.date.updated?.slice(0, 10), '2018-10-04');
  });

  it('should drop a site\'s standing notices under the text: copyright, corrections, app and alert promos, an audio player\'s label', () => {
    for (const notice of [
      'جميع المواد المنشورة في «المدار» محمية بموجب حقوق النشر، ولا يجوز نقلها أو اقتباسها دون إذن مسبق.',
      '«باب تونس» تلتزم بميثاق أخلاقيات المهنة الصحفية. للإبلاغ عن خطأ في أحد مقالاتنا، راسلونا عبر البريد.',
      'تابع آخر أخبار الجنوب لحظة بلحظة من خلال تطبيقنا المجاني على أجهزة أندرويد وآيفون، وفعّل التنبيهات.',
      'وصلتك هذه الرسالة لأنك اشتركت في التنبيهات الإخبارية لموقعنا.',
    ]) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, notice, 'الوسوم'));
      assert.deepEqual(x.record.body, P, notice);
    }
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'استمع إلى التقرير', ...P));
    assert.deepEqual(y.record.body, P);
  });

  it('should read readers\' star ratings, before, after or beside a comment\'s name, as no part of the comment', () => {
    const cases: [string, string[]][] = [
      ['تقييم القراء (2)', ['★★★★★\nسالم البلوشي\n26 مايو 2024 - 1:14 م\nقرار ممتاز ويطبق كل سنة، بس المهم المتابعة.', '★★★☆☆\nأبو محمد\n26 مايو 2024 - 3:40 م\nيا ريت يبدأ الحظر من منتصف مايو.', 'أضف تقييمك وتعليقك']],
      ['التعليقات (2)', ['سالم البلوشي\n★★★★★ (٥/٥)\n26 مايو 2024 - 1:14 م\nقرار ممتاز ويطبق كل سنة، بس المهم المتابعة.', 'أبو محمد\n★★★☆☆ (٣/٥)\n26 مايو 2024 - 3:40 م\nيا ريت يبدأ الحظر من منتصف مايو.']],
      ['آراء الزوار والقراء (2)', ['سالم البلوشي\nقرار ممتاز ويطبق كل سنة، بس المهم المتابعة.\nتقييم: ★★★★☆\n26 مايو 2024 - 1:14 م', 'أبو محمد\nيا ريت يبدأ الحظر من منتصف مايو.\nتقييم: ★★★★★\n26 مايو 2024 - 3:40 م']],
      ['التعليقات (4)', ['عرض التعليقات السابقة (2)', 'سالم البلوشي ★★★★☆\n26 مايو 2024 - 1:14 م\nقرار ممتاز ويطبق كل سنة، بس المهم المتابعة.', 'أبو محمد ★★★★★\n26 مايو 2024 - 3:40 م\nيا ريت يبدأ الحظر من منتصف مايو.']],
    ];
    for (const [header, comments] of cases) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, header, ...comments));
      assert.deepEqual(x.record.comments.map((c) => [c.author, c.title, c.text]), [
        ['سالم البلوشي', null, 'قرار ممتاز ويطبق كل سنة، بس المهم المتابعة.'], ['أبو محمد', null, 'يا ريت يبدأ الحظر من منتصف مايو.']], header);
      assert.deepEqual(x.record.body, P);
    }
  });

  it('should keep a lineup announced under its own subheading between paragraphs ("تشكيل الفريقين" / "… بالتشكيل التالي:" / "حراسة المرمى: …")', () => {
    const rows = ['حراسة المرمى: عصام ثروت', 'خط الدفاع: وليد سمير - عمرو الحديدي - أيمن فكري', 'خط الهجوم: عبد الله الكاشف - مروان صابر'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'تشكيل الفريقين', 'ودفع الجهاز الفني بالتشكيل التالي:', ...rows, 'أحداث المباراة', P[2], P[3]));
    assert.deepEqual(x.record.body, [P[0], P[1], 'تشكيل الفريقين', 'ودفع الجهاز الفني بالتشكيل التالي:', ...rows, 'أحداث المباراة', P[2], P[3]]);
    // (not a share row under hashtags: "#وسم" / "شارك الخبر:" / "تويتر | واتساب | تيليجرام")
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '#القمح #الزراعة', 'شارك الخبر:', 'تويتر | واتساب | تيليجرام | نسخ الرابط'));
    assert.deepEqual(y.record.body, P);
  });

  it('should end an English ad slot at "Scroll to continue with content", and drop a share card\'s cut copy of the first paragraph', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'Advertisement', 'Scroll to continue with content', P[2], P[3], 'Share this article', 'example-news.net',
      P[0].split(' ').slice(0, 14).join(' ') + '...'));
    assert.deepEqual(x.record.body, P);
  });

  it('should drop captions credited to the site ("… - الموقع"), in brackets ("(تصوير: فلان)"), and under a picture\'s placeholder ("[صورة]")', () => {
    const cases = [
      ['فلاحون يقطفون القطن في أحد حقول السهل - صدى الوادي'],
      ['عمال يركّبون لوحاً شمسياً على أحد أعمدة الإنارة، أمس. (تصوير: جاد غريب)'],
      ['[صورة]', 'صهريج مياه خاص يزود أحد المنازل في البلدة. (الوادي)'],
    ];
    for (const caption of cases) {
      const x = extract(page('صدى الوادي | ارتفاع إنتاج القمح في الموسم الحالي', 'صدى الوادي', 'ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], ...caption, P[2], P[3], 'جميع الحقوق محفوظة © صدى الوادي 2024'));
      assert.deepEqual(x.record.body, P, caption[0]);
    }
    // (a line up of names is no caption: "خط الهجوم: فلان - صدى الوادي")
  });

  it('should drop notices and links of other kinds inside and under the text: a medical disclaimer, a revision note, English read-more links, a feedback question', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'Read this article in English: Wheat output rises this season', P[0], P[1],
      'مزارع يحصد القمح في أحد الحقول. (أرشيفية)', 'Read more: «الزراعة» تعلن مواعيد صرف الأسمدة خلال الموسم', P[2], P[3],
      '(حُدِّث هذا الخبر يوم الاثنين بإضافة تصريحات وزير الزراعة)', 'ملاحظة: هذا المقال لا يعوض الاستشارة الطبية المتخصصة.', 'هل كان هذا الموضوع مفيدا؟', 'نعم', 'لا'));
    assert.deepEqual(x.record.body, P);
  });

  it('should read Facebook\'s sort menu, "top fan" badge and "show 1 more reply", and a closed-comments notice, as none of a comment', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات', '3 تعليقات', 'ترتيب حسب', 'الأكثر ملاءمة', 'أضف تعليقًا...',
      'حسين البزري\nمن أشد المعجبين\nالله يعين المزارعين، من زمان ما حدا سأل عنهن.\nأعجبني · رد · 6 س',
      'عرض 1 رد آخر', 'Nadine Saad\nLe blé est devenu un luxe, c\'est triste\nأعجبني · رد · 4 س', 'التعليقات مغلقة على هذا الموضوع.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [
      ['حسين البزري', 'الله يعين المزارعين، من زمان ما حدا سأل عنهن.'], ['Nadine Saad', 'Le blé est devenu un luxe, c\'est triste']]);
  });

  it('should read an update stamp with only its time under the date line as the same day, and a wire dateline closed by the agency\'s word and a dash', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نشر: الأربعاء 06 مارس 2024 | 08:05 ص', 'آخر تحديث: 02:30 م', ...P));
    assert.deepEqual([x.record.date.published, x.record.date.updated], ['2024-03-06T08:05', '2024-03-06T14:30']);
    assert.deepEqual(x.record.body, P);
    const y = extract(page('الخميس 26 تشرين الثاني 2020', 'الرئيسية', 'محليات', 'اقتصاد', 'صحة', 'رياضة', 'ثقافة', 'ارتفاع إنتاج القمح في الموسم الحالي', 'نابلس 23-11-2020 الوادي- ' + P[0], ...P.slice(1)));
    assert.equal(y.record.date.published, '2020-11-23');
  });

  it('should read "مواضيع متعلقة" inside the text as a box of links, its last title no subheading of the text resuming', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'مواضيع متعلقة', 'الزراعة: ضبط 2 طن دقيق مدعم قبل بيعه في السوق السوداء',
      'تحرير 340 محضرا تموينيا في حملات على الأسواق خلال الأسبوع', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });

  it('should keep a list numbered "1- …" and go on with the text after a box of videos (a length over each title, a question too)', () => {
    const items = ['1- الوحدات الصحية ومكاتب الصحة ومراكز رعاية الأمومة والطفولة في جميع المحافظات.', '2- المنافذ الحدودية والموانئ والمطارات.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'وتشمل نقاط التوزيع:', ...items, 'شاهد أيضا', '03:12', 'فيديو.. خبير زراعي يجيب: هل يمكن زراعة القمح مرتين في العام؟',
      '01:48', 'خطوات التسجيل في منظومة دعم المزارعين الإلكترونية', P[2], P[3]));
    assert.deepEqual(x.record.body, [P[0], P[1], 'وتشمل نقاط التوزيع:', ...items, P[2], P[3]]);
  });

  it('should drop an Arabic text\'s English translation given paragraph by paragraph, and keep one English quotation', () => {
    const en = ['The Minister of Agriculture said this morning that the current season saw a large rise in wheat output.', 'The minister added that the government will keep supporting farmers through soft loans and better seeds.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], en[0], P[1], en[1], P[2], P[3]));
    assert.deepEqual(x.record.body, P);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], '"The harvest this year is the best we have seen in a decade, and prices will follow."', P[2], P[3]));
    assert.equal(y.record.body.length, 5);
  });

  it('should keep paragraphs under an ad\'s empty slot, read Drupal\'s "(غير متحقق منه)" as no part of a name, and drop a video\'s caption', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'التعليق على الفيديو، مزارعون يحصدون القمح في سهل البقاع', 'إعلان', P[1], P[2], 'اقرأ المزيد', 'إعلان', P[3],
      'التعليقات', 'أرسلت بواسطة أبو أيوب (غير متحقق منه) في السبت, 07/12/2014 - 14:05', 'الله يكون في عون المزارعين في هذا الموسم.'));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو أيوب', 'الله يكون في عون المزارعين في هذا الموسم.']]);
  });

  it('should not take an international outlet\'s edition in the page title ("| Sakura World Radio - Arabic") for its name', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي | Sakura World Radio - Arabic', 'القائمة', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.source.name, 'Sakura World Radio');
  });

  it('should drop a wire photo\'s long caption closed by its credit, never joining it to the paragraph under it', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'صورة ملتقطة يوم 21 سبتمبر 2023 تظهر زوارا يتجولون في جناح الدول العربية خلال الدورة السادسة لمعرض الزراعة الدولي في مدينة ينتشوان، حاضرة منطقة نينغشيا الذاتية الحكم لقومية هوي بشمال غربي الصين. (طريق الحرير/ما شياو)\n' + P[1], P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });

  it('should read the date lines under a standfirst, a caption and the author\'s follow button, eight lines into the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'مزارع يحصد القمح في أحد حقول سهل البقاع', 'نادية بلحاج', 'تابع', 'Lecture 3 min',
      'نشرت في: 14/02/2025 - 16:22', 'التعديل الأخير: 14/02/2025 - 18:05', 'Partager', ...P.slice(1)));
    assert.deepEqual([x.record.date.published, x.record.date.updated], ['2025-02-14T16:22', '2025-02-14T18:05']);
  });

  it('should read a like counter under a comment ("عدد الإعجابات: 14") as none of its text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'سامر - حمص | 17/03/2021\nالوضع عندنا أسوأ، البذور مقطوعة من شهرين.\nعدد الإعجابات: 14',
      'د. رنا\n17/03/2021\nكل كلمة في التقرير صحيحة.\nإعجاب (9)'));
    assert.deepEqual(x.record.comments.map((c) => c.text), ['الوضع عندنا أسوأ، البذور مقطوعة من شهرين.', 'كل كلمة في التقرير صحيحة.']);
  });

  it('should read the country a comment form asks for, between the name and the date, as no name', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'أبو فهد\nالسعودية\n19 يناير 2025\nما شاء الله، موسم خير على الجميع.',
      'Youssef K.\nالمغرب\n20 يناير 2025\nBravo, une belle saison pour les agriculteurs.'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['أبو فهد', 'Youssef K.']);
  });

  it('should stop a paywalled article at its teaser: the paywall\'s notice and offer are not the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'هذا المقال حصري لمشتركي الوادي بلس', 'للاشتراك وقراءة المقال كاملاً',
      'اشترك الآن بـ 3 دنانير فقط شهرياً واحصل على:', 'تصفح جميع المقالات الحصرية', 'اشترك الآن', 'هل أنت مشترك؟'));
    assert.deepEqual(x.record.body, [P[0], P[1]]);
  });

  it('should drop notices of agencies, blogs, forums and newsletters under the text, and a caption credited "الصورة:"', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'حقل قمح قرب السد في الربيع. الصورة: وكالة الحوض المائي', P[2], P[3],
      'يُسمح فقط باقتباس جزء من الأخبار التي تنشرها وكالة الوادي للأنباء عبر نظام تدفق الأخبار، بشرط ذكر المصدر.',
      'هذا المنشور نُشر في تحقيقات وتم وسمه القمح, الزراعة. أضف الرابط الدائم إلى المفضلة.',
      'آخر تعديل بواسطة عمر الحضيري; 07-15-2013 الساعة 08:05 AM. سبب آخر: تصحيح عدد الشاحنات',
      'إذا وصلتكم هذه الرسالة من صديق، يمكنكم الاشتراك مجاناً من هنا.'));
    assert.deepEqual(x.record.body, P);
  });

  it('should end the comments at a bare "متعلقة" box, whose teasers and dates are no comments', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '3 تعليقات', 'ترتيب حسب', 'إضافة تعليق...', 'Ahmed Al-Qahtani\nالموسم ممتاز والحمد لله، الأسعار معقولة.\nأعجبني · رد · 5 س',
      'Omar Haddad\nوالأسمدة؟ ما زالت غالية جداً.\nأعجبني · رد · 2 س', 'مكون إضافي لتعليقات فيسبوك', 'متعلقة', 'الزراعة تفتتح مراكز لتسويق القمح في المحافظات', '١٠ نوفمبر ٢٠٢٣',
      'ارتفاع أسعار الأسمدة في الأسواق المحلية للشهر الثالث', '٢٨ أكتوبر ٢٠٢٣', 'الأكثر مشاهدة'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['Ahmed Al-Qahtani', 'Omar Haddad']);
  });

  it('should read a reply\'s second name, the reader it answers who signed above, as no author ("NAME" / "PARENT" / time)', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '2 تعليقات', 'Karim Benali\nمنذ 5 ساعات\nالموسم كان ممتازاً في منطقتنا أيضاً.\nرد',
      'عبد الله المصري\nKarim Benali\nمنذ 4 ساعات\nوعندنا الأسعار ما زالت مرتفعة للأسف.\nرد'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['Karim Benali', 'عبد الله المصري']);
  });
  it('should take the headline from the page title when no line prints it, past a price strip, and find the byline over the date', () => {
    const x = extract(['ارتفاع إنتاج القمح في الموسم الحالي بنسبة قياسية – صوت الوادي', 'صوت الوادي', 'صحيفة إلكترونية شاملة', 'الرئيسية', 'محليات', 'اقتصاد',
      'أسعار العملات اليوم: الدولار 82 جنيهاً | الريال 21.5 جنيهاً | الدرهم 22 جنيهاً', '', 'الرئيسية » أخبار » محليات', 'المدينة: صوت الوادي',
      'الخميس, 21 نوفمبر 2019 - 2:15 مساءً', '', ...P, '', '© 2019 صوت الوادي. جميع الحقوق محفوظة'].join('\n'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي بنسبة قياسية');
    assert.equal(x.record.byline, 'المدينة: صوت الوادي');
    assert.equal(x.record.date.published, '2019-11-21T14:15');
  });
  it('should drop a split page\'s "يتبع في الصفحة التالية", a paywall\'s "متاح حصرياً لمشتركي" and an engineer\'s starred note', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'يتبع في الصفحة التالية...', '« السابق', '1', '2', 'التالي »'));
    assert.deepEqual(x.record.body, [P[0], P[1]]);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'هذا المقال متاح حصرياً لمشتركي «الوادي بلس». اشترك الآن لتحصل على وصول غير محدود إلى التحليلات والآراء.'));
    assert.deepEqual(y.record.body, [P[0]]);
    const z = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '* مهندسة وباحثة في سياسات المياه'));
    assert.deepEqual(z.record.body, P);
  });

  it('should take an interview\'s "speaker: words" title under a slashed breadcrumb as the headline, past a font-size widget', () => {
    const x = extract(['الروائية سلمى عيسى: كتبت عن المدينة كي لا تتحول ذاكرتنا إلى صور — الوادي', 'الوادي', 'ثقافة وفنون', 'حوارات', '', 'ثقافة وفنون / حوارات', '',
      'الروائية سلمى عيسى: كتبت عن المدينة كي لا تتحول ذاكرتنا إلى صور', '', 'صاحبة «نوافذ الحي» تتحدث عن روايتها الجديدة وعن الكتابة بعد الحرب', '',
      'حاورتها: ريم حداد', 'نُشر في 8 آذار 2023', 'ع ع+ ع-', '', ...P].join('\n'));
    assert.equal(x.record.headline, 'الروائية سلمى عيسى: كتبت عن المدينة كي لا تتحول ذاكرتنا إلى صور');
    assert.equal(x.record.subtitle, 'صاحبة «نوافذ الحي» تتحدث عن روايتها الجديدة وعن الكتابة بعد الحرب');
  });
  it('should take a column\'s title, not its writer, as the headline when the page title reads "فلان يكتب: العنوان"', () => {
    const x = extract(['سامر عبد الرحيم يكتب: الزراعة وأسئلة الموسم الجديد - الوادي', 'الوادي', 'الرئيسية', 'مقالات', '', 'سامر عبد الرحيم', 'صورة الكاتب سامر عبد الرحيم', '',
      'الزراعة وأسئلة الموسم الجديد', '', 'السبت، 14 سبتمبر 2024 08:00 ص', '', ...P, '', 'سامر عبد الرحيم', 'كاتب وصحفي'].join('\n'));
    assert.equal(x.record.headline, 'الزراعة وأسئلة الموسم الجديد');
    assert.equal(x.record.subtitle, null);
  });

  it('should read the writer\'s name over the headline, printed again as the byline, as no kicker', () => {
    const x = extract(['الوادي - ارتفاع إنتاج القمح في الموسم الحالي', 'الوادي', 'مقالات', '', 'سامر عبدالله الحلبي', 'ارتفاع إنتاج القمح في الموسم الحالي',
      'السبت، 14 سبتمبر 2024', '', ...P, '', 'عن الكاتب', 'سامر عبدالله الحلبي', 'كاتب وصحفي يمني'].join('\n'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.subtitle, null);
    assert.equal(x.record.byline, 'سامر عبدالله الحلبي');
  });
  it('should skip a gallery inside the text, its header and captions closed by a credit line, and go on with the text under it', () => {
    const TIP = 'تنصح وزارة الزراعة المزارعين بعدم التأخر في الحصاد هذا العام، لأن موجات الحر المتوقعة قد تضر بالمحصول وتقلل من جودته في الأسواق المحلية.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'صور الحصاد', 'مزارعون يجمعون القمح في حقول السهل', 'شاحنات تنقل المحصول إلى الصوامع',
      '(الصور: الوادي)', 'توقعات الموسم المقبل', TIP, 'شارك', 'فيسبوك', 'تويتر'));
    assert.deepEqual(x.record.body, [P[0], P[1], 'توقعات الموسم المقبل', TIP]);
  });
  it('should read a paragraph under a gallery\'s slide counter as the text\'s first, not as a caption', () => {
    const LEAD = 'لا تحتاج مواسم القمح في السهل إلى تعريف، فهي من أكثر المواسم حضورا في حياة القرى منذ عقود طويلة، وقد أمضينا أسبوعا كاملا بين الحقول والصوامع والأسواق لنرى كيف تغير الموسم هذا العام بعد سنوات من الجفاف وارتفاع أسعار الأسمدة والوقود على المزارعين الصغار.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'معرض الصور (8)', 'مزارعون يجمعون القمح في حقول السهل', 'شاحنات تنقل المحصول إلى الصوامع', '1 / 8', LEAD, ...P));
    assert.deepEqual(x.record.body, [LEAD, ...P]);
  });
  it('should read "المعلق:" and "Posté par :" as labels before a commenter\'s name, and vote buttons as none of a comment\'s text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'التعليقات (2)', 'المعلق: أبو أحمد\n12 مارس 2024\nموسم خير إن شاء الله على الجميع.\nأوافق (12)\nلا أوافق (3)',
      'Posté par : Mourad | 13/03/2024 16:20\nBravo pour cet article, très utile.\n34 إعجاب · 3 عدم إعجاب · رد'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['أبو أحمد', 'موسم خير إن شاء الله على الجميع.'], ['Mourad', 'Bravo pour cet article, très utile.']]);
  });
  it('should drop a syndicated article\'s provenance notes: "رابط المصدر", "منقول من", "ظهرت المقالة … أولاً على", the original\'s title, a translator\'s and a wire\'s credits', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'واصل القراءة ▼', P[2], P[3], 'رابط المصدر',
      'هذا الخبر منقول من صحيفة «المدار»، والمسؤولية عن محتواه تقع على عاتق مصدره الأصلي.',
      'ظهرت المقالة ارتفاع إنتاج القمح في الموسم الحالي أولاً على الوادي نيوز.',
      'المقال الأصلي: «Record wheat harvest» - جون سميث - ذا فارمر - 2 مارس 2024', 'ترجمة وتحرير: فريق الوادي',
      '(تغطية صحفية هشام عبد الرحيم - إعداد مروة فتحي للنشرة العربية - تحرير أيمن سعد)',
      'جميع حقوق المحتوى محفوظة لوكالة الأنباء، وتنشره الوادي باتفاقية ترخيص.', 'قصص أخرى', 'اسحب للمزيد',
      'ارتفاع أسعار الوقود في البلاد لشهر فبراير', 'أعلنت لجنة متابعة أسعار الوقود زيادة طفيفة في أسعار البنزين والديزل للشهر الجاري.'));
    assert.deepEqual(x.record.body, P);
  });
  it('should drop a video\'s length under its title or player', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'فيديو: مزارعون يتحدثون عن الموسم', '02:14', P[1], 'Watch on', 'YouTube', '(2:31)', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should read the French Facebook plugin: its sort label, a profile line under the name, "J’aime · Répondre" rows and "Afficher 2 autres réponses"', () => {
    const x = extract(['ارتفاع إنتاج القمح في الموسم الحالي', '', ...P, '', '3 commentaires', 'Trier par', 'Les plus pertinents', 'Ajouter un commentaire...', '',
      'Hichem Ben Amor', 'Travaille chez Office National des Céréales', 'Les records c\'est bien, mais le pain reste cher pour tout le monde.', 'J’aime · Répondre · 12 · 2 sem', '',
      '    Nadia Trabelsi', '    Sfax, Tunisie', '    Hichem Ben Amor وفي صفاقس نفس الحكاية، الأسعار مرتفعة جداً.', '    J’aime · Répondre · 3 · 2 sem', '',
      '    Afficher 2 autres réponses', '', 'Karim Ben Salah', 'Étudiant(e) à Université de Sousse', 'Bravo pour ce reportage, très complet.', 'J’aime · Répondre · 1 · 1 sem', '',
      'Plug-in Commentaires Facebook'].join('\n'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['Hichem Ben Amor', 'Nadia Trabelsi', 'Karim Ben Salah']);
    assert.equal(x.record.comments[2].text, 'Bravo pour ce reportage, très complet.');
  });

  it('should leave an Arabic Facebook profile line under the name ("طالبة في كلية …") out of the comment\'s text', () => {
    const x = extract(['ارتفاع إنتاج القمح في الموسم الحالي', '', ...P, '', 'تعليقات فيسبوك', '', 'سامي عادل', 'أخيرا! بقالنا سنين مستنيين المشروع ده، ربنا يستر لحد ما يخلص.', 'أعجبني · رد · 3 س', '',
      'نورهان عادل', 'طالبة في كلية الصيدلة - جامعة المنصورة', 'بالظبط، ياريت يخلص قبل الامتحانات فعلا.', 'أعجبني · رد · 2 س'].join('\n'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['سامي عادل', 'أخيرا! بقالنا سنين مستنيين المشروع ده، ربنا يستر لحد ما يخلص.'], ['نورهان عادل', 'بالظبط، ياريت يخلص قبل الامتحانات فعلا.']]);
  });

  it('should read the name of "#1 | NAME | AGE" and of a reply indented with "↩ NAME: text"', () => {
    const x = extract(['ارتفاع إنتاج القمح في الموسم الحالي', '', ...P, '', 'التعليقات (2)', '', '#1 | سالم الكعبي | قبل 40 دقيقة', 'القرار ممتاز لكنه تأخر كثيرا، والسوق يحتاج تنظيما أكبر من هذا.', '',
      '#2 | مريم العبري | قبل ساعة', 'أتفق معك، والحل في ربط التصاريح بالرواتب الفعلية.'].join('\n'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['سالم الكعبي', 'مريم العبري']);
    const y = extract(['ارتفاع إنتاج القمح في الموسم الحالي', '', ...P, '', 'تعليقات القراء', '', 'أم محمد: الطريق تعبان من زمان، الحفر فيه تكسر السيارات.', '    ↩ بو فيصل: صادقة يا أختي، أنا من الجهراء وكل يوم ساعة للدوام.'].join('\n'));
    assert.deepEqual(y.record.comments.map((c) => c.author), ['أم محمد', 'بو فيصل']);
  });

  it('should leave like/dislike rows in their many forms and a "comments closed" notice out of the comments\' text', () => {
    for (const row of ['أعجبني (31) لم يعجبني (2) | رد', '(12) أعجبني · (3) لا يعجبني · رد', 'أوافق (4) لا أوافق (1)', '34 إعجاب · 3 عدم إعجاب · رد']) {
      const x = extract(['ارتفاع إنتاج القمح في الموسم الحالي', '', ...P, '', 'تعليقات القراء', '', 'سامي', 'منذ يومين', 'القرار ممتاز لكنه تأخر كثيرا.', row, '',
        'مريم', 'منذ ساعة', 'أتفق معك تماما في هذا.', row, '', 'عذراً، أغلق باب التعليق على هذا الخبر.'].join('\n'));
      assert.deepEqual(x.record.comments.map((c) => c.text), ['القرار ممتاز لكنه تأخر كثيرا.', 'أتفق معك تماما في هذا.'], row);
    }
  });

  it('should read "il y a 45 min" and "yesterday" as comments\' times', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'Commentaires (2)', 'Karim\nil y a 45 min\nBravo pour ce reportage, très complet.',
      'Sami K.\nyesterday\nGreat news for the farmers of the region.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when]), [['Karim', 'il y a 45 min'], ['Sami K.', 'yesterday']]);
  });
  it('should read a reading time, with its clock emoji or its label, as a chrome phrase', () => {
    for (const line of ['⏱ 5 دقائق قراءة', 'مدة القراءة: 4 دقائق', '3 دقائق للقراءة', '5 min read']) assert.ok(isChromePhrase(makeBlock(0, 1, 0, line), k), line);
    assert.ok(!isChromePhrase(makeBlock(0, 1, 0, 'قراءة في خمسة أيام من المفاوضات'), k));
  });
  it('should read a button\'s label behind its icon and a row of counters behind icons as chrome, not a comment of emoji', () => {
    for (const line of ['🔊 استمع للخبر', '👁 2.3 ألف   💬 3', '👁️ 1,204 💬 12']) assert.ok(isChromePhrase(makeBlock(0, 1, 0, line), k), line);
    for (const line of ['👍👍', '🔊 أصوات الانفجارات سمعت في المدينة']) assert.ok(!isChromePhrase(makeBlock(0, 1, 0, line), k), line);
    const h = 'وزارة العمل توقف مؤقتا إصدار تصاريح العمل الجديدة في 13 مهنة';
    const x = extract(page('الرئيسية', 'محلي', h, '👁 2.3 ألف   💬 3', 'مسقط - العُمانية', 'الثلاثاء 09 يناير 2024م', '🔊 استمع للخبر', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.subtitle, null);
  });
  it('should read a French "Par : name" under the headline as the byline, not as the headline', () => {
    const h = 'شركة النقل تدعم أسطولها بثلاثين حافلة جديدة على خطوط العاصمة';
    const x = extract(page('Accueil', 'اقتصاد', h, 'Publié le : 14/03/2023 - 11:30', 'Par : أمين الورغي', 'Partager : Facebook | Twitter', ...P));
    assert.equal(x.record.headline, h);
    assert.equal(x.record.byline, 'Par : أمين الورغي');
  });
  it('should read French comment headers "NAME a écrit :" and leave a reply\'s "En réponse à NAME" out of its text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'Commentaires (2)', 'Mehdi B. a écrit :\nle 14/03/2023 à 12:05\nEnfin ! Mais 30 bus pour tout le Grand Tunis, c\'est peu.',
      'Sonia a écrit :\nle 14/03/2023 à 12:40\nEn réponse à Mehdi B.\nExactement, et le métro léger est dans un état lamentable.'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.text]), [['Mehdi B.', 'Enfin ! Mais 30 bus pour tout le Grand Tunis, c\'est peu.'], ['Sonia', 'Exactement, et le métro léger est dans un état lamentable.']]);
  });
  it('should leave a tag label on its own line ("موضوعات:") out of the text', () => {
    for (const label of ['موضوعات:', 'التصنيفات:', 'المواضيع']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, label, 'المصارف | الودائع | جمعية المصارف | الأزمة المالية', 'اشترك في نشرتنا الأسبوعية'));
      assert.deepEqual(x.record.body, P, label);
    }
  });
  it('should take a name with an initial signing the text ("ع. بلقاسم", "سميرة. ب") as the byline, out of the text', () => {
    for (const sig of ['ع. بلقاسم', 'سميرة. ب', 'س. بن عمر']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, sig, 'الكلمات الدلالية: القمح، الزراعة', 'مقالات ذات صلة'));
      assert.equal(x.record.byline, sig);
      assert.deepEqual(x.record.body, P, sig);
    }
  });
  it('should take a news agency alone under the text ("(رويترز)", "أ ش أ") as the byline when the page names no author', () => {
    for (const sig of ['(رويترز)', 'أ ش أ', '(وكالات)']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, sig, 'كلمات البحث', 'القمح'));
      assert.equal(x.record.byline, sig);
      assert.deepEqual(x.record.body, P, sig);
    }
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'بقلم: سامر الحلبي', ...P, '(رويترز)', 'كلمات البحث'));
    assert.equal(x.record.byline, 'بقلم: سامر الحلبي');
  });
  it('should end a read-also box inside the text where the text goes on into a list ("وتتمثل أبرز الإجراءات في:" / "- …")', () => {
    const list = ['وتتمثل أبرز هذه الإجراءات في:', '- ضخ كميات إضافية من البيض في مسالك التوزيع', '- توفير مليون لتر من الحليب نصف الدسم', '- تكثيف حملات المراقبة الاقتصادية'];
    for (const link of ['Lire aussi : Les prix des fruits flambent au marché central', 'اقرأ أيضاً: ارتفاع أسعار الخضر في الأسواق الشعبية']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], link, ...list, P[2], P[3]));
      assert.deepEqual(x.record.body, [P[0], P[1], ...list, P[2], P[3]], link);
    }
  });
  it('should end the text at "تحقيقات أخرى" or "حوارات أخرى" over other stories\' titles', () => {
    for (const header of ['تحقيقات أخرى', 'حوارات أخرى', 'تقارير أخرى']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'شارك الحوار: فيسبوك | واتساب | X', header, 'مدرب حراس المنتخب: «لدينا جيل جديد لا يقل عن بونو»',
        'رئيسة العصبة الجهوية: هل تكفي الملاعب لاستقبال ألف لاعبة جديدة؟'));
      assert.deepEqual(x.record.body, P, header);
    }
  });
  it('should leave out a caption between paragraphs that says it is an archive photo ("…، في صورة أرشيفية.")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'مزارعون يحصدون القمح في أحد حقول السهل، في صورة أرشيفية.', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should read a name closed by an initial ("عبد القادر. ب") as a byline, alone or after its place', () => {
    for (const by of ['المسيلة: عبد القادر. ب', 'حمزة. ب']) {
      const x = extract(page('الرئيسية', 'محلي', 'ارتفاع إنتاج القمح في الموسم الحالي بولاية المسيلة', by, 'الأحد 12 مارس 2023', ...P));
      assert.equal(x.record.byline, by);
    }
  });
  it('should read the update stamp printed over the headline beside the publication stamp', () => {
    const x = extract(page('الرئيسية', 'محليات', 'اقتصاد', 'تاريخ النشر : 11-02-2024 03:40 PM', 'آخر تحديث : 11-02-2024 06:10 PM', 'عدد المشاهدات : 2315', 'محليات', '|A|A|A|',
      'ارتفاع إنتاج القمح في الموسم الحالي بنسبة كبيرة', 'صوت إربد - أحمد بني هاني', ...P));
    assert.equal(x.record.date.published?.slice(0, 10), '2024-02-11');
    assert.equal(x.record.date.updated, '2024-02-11T18:10');
  });
  it('should read "place: name" right under the headline as the byline, not the deck, however long the place and the name', () => {
    for (const by of ['ود مدني: عبد الرحيم الطاهر', 'نشر بواسطة: سهام بن عودة']) {
      const x = extract(page('الرئيسية', 'محلي', 'ارتفاع إنتاج القمح في الموسم الحالي بولاية الجزيرة', by, 'الأحد 12 مارس 2023', ...P));
      assert.equal(x.record.byline, by);
      assert.equal(x.record.subtitle, null);
    }
  });
  it('should read "place - outlet - name" under the headline as the byline, not the deck', () => {
    for (const by of ['نابلس - شبكة جبل النار - رامي دويكات', 'بغداد - نهرين نيوز - علي الكعبي']) {
      const x = extract(page('الرئيسية', 'محلي', 'ارتفاع إنتاج القمح في الموسم الحالي بنسبة كبيرة', by, 'الأحد 12 مارس 2023', ...P));
      assert.equal(x.record.byline, by);
      assert.equal(x.record.subtitle, null);
    }
  });
  it('should name the site without the quote marks or stop a disclaimer prints, and never after a writer, a button or a follow link', () => {
    const site = (...chrome: string[]) => extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'من نحن | اتصل بنا', ...chrome)).record.source;
    assert.deepEqual(site('المقالات تعبر عن آراء كتّابها ولا تعبر بالضرورة عن رأي «الوادي الأخضر».'), { name: 'الوادي الأخضر', domain: null });
    assert.deepEqual(site('ما يُنشر في الأعمدة يعبر عن رأي كاتبه'), { name: null, domain: null });
    assert.deepEqual(site('تابع التفاصيل على موقعنا'), { name: null, domain: null });
    assert.deepEqual(site('استمع', 'www.alwadi-news.example'), { name: null, domain: 'alwadi-news.example' });
    // a comment's "رد | إعجاب" row repeated under each comment is no "site | …" prefix
    const rows = ['رد | إعجاب', 'رد | إعجاب', 'رد | إعجاب'];
    assert.deepEqual(site(...rows, 'جميع الحقوق محفوظة لصحيفة الوادي', 'alwadi-news.example').name, 'الوادي');
  });
  it('should read a read-also box under the text whose items are each a title over a one-sentence summary as the box, not the text going on', () => {
    const items = ['الحكومة تقرر دعم استيراد الأغنام قبل عيد الأضحى', 'صادق مجلس الحكومة على مرسوم يقضي بتعليق رسوم الاستيراد المطبقة على الأغنام الحية إلى غاية نهاية السنة الجارية.',
      'ارتفاع أسعار الأعلاف يربك مربي الماشية في الجنوب', 'رصدت الجريدة خلال جولة ميدانية في أسواق الجهة ارتفاعا كبيرا في أسعار الشعير والتبن مقارنة بالسنة الماضية.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'اقرأ أيضا', ...items, 'من نحن | اتصل بنا'));
    assert.deepEqual(x.record.body, P);
  });
  it('should keep unmarked items under the text\'s line announcing them (a name per line) when the text resumes under them', () => {
    const names = ['المهندس سامر عادل الخطيب وزيرا للزراعة', 'الدكتورة ريم أحمد العلي وزيرة للتنمية الاجتماعية', 'المحامي فراس حسين الرقاد وزيرا للعدل'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], 'وتاليا أسماء الوزراء الجدد:', ...names, P[2], P[3], 'من نحن | اتصل بنا'));
    assert.deepEqual(x.record.body, [P[0], P[1], 'وتاليا أسماء الوزراء الجدد:', ...names, P[2], P[3]]);
  });
  it('should read "&" after a Latin letter as an ampersand ("e&"), not as a paragraph joined on, unless an Arabic letter is glued after it', () => {
    const brand = 'أعلنت مجموعة e&، المعروفة سابقا باسم اتصالات، عن إطلاق خدمة جديدة للهاتف المحمول في الأسواق المحلية اليوم الخميس.';
    assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', brand, ...P)).record.body, [brand, ...P]);
    const joined = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', `${P[0]} youtube.com/watch?v=Qm7&${P[1]}`, P[2], P[3])).record.body;
    assert.deepEqual(joined.slice(1), [P[1], P[2], P[3]]);
  });
  it('should read a picture\'s file name as no domain and the line under it as its alt text, neither text nor headline', () => {
    const x = extract(page('الرئيسية', 'harvest-north-2023.jpg', 'مزارع يحصد القمح في أحد حقول الشمال', 'ارتفاع إنتاج القمح في الموسم الحالي', '12/05/2023 | 11:05',
      P[0], P[1], 'IMG_2041.jpg', 'حقول القمح في سهل الغاب قبيل الحصاد', P[2], 'WhatsApp Image 2022-08-14 at 10.15.33.jpeg', 'مزارعون يجمعون القمح في حقل قرب المدينة', P[3]));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.source, { name: null, domain: null });
  });
  it('should take no site name from a breadcrumb ending in the headline ("Accueil » اقتصاد » …")', () => {
    const x = extract(page('Accueil » اقتصاد » ارتفاع إنتاج القمح في الموسم الحالي', 'ارتفاع إنتاج القمح في الموسم الحالي', ...P));
    assert.equal(x.record.source.name, null);
  });
  it('should end the text at its tags, a sponsored block or the next story, and never take the site\'s "about us" paragraph for a one-paragraph text', () => {
    const teaser = ['اقرأ في الوادي', 'شقق الإيجار اليومي في صلالة.. أسعار مرتفعة', 'رصدت الجريدة خلال جولة في أحياء المدينة ارتفاعا كبيرا في أسعار الشقق المفروشة مع بداية الموسم السياحي هذا العام.'];
    assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'الكلمات الدلالية: القمح - الزراعة - الحصاد', ...teaser)).record.body, P);
    const paid = ['محتوى مدفوع', 'اكتشف عروض الخريف لدى وكالة المسافر الذهبي: رحلات منظمة إلى إسطنبول وطرابزون بأسعار تبدأ من 500 دولار للشخص الواحد.', 'احجز الآن'];
    assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, ...paid)).record.body, P);
    const about = 'الوادي موقع إخباري مستقل انطلق عام 2014 من مدينة سبها، يهتم بنقل أخبار الجنوب الليبي ومتابعة قضايا المواطنين اليومية في مجالات الخدمات والصحة والتعليم والاقتصاد المحلي.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الخميس 14 فبراير 2019', P[0], 'الوسوم: القمح | الزراعة', 'حمّل تطبيق الوادي', 'من نحن', about, 'جميع الحقوق محفوظة'));
    assert.deepEqual(x.record.body, [P[0]]);
  });
  it('should read a "قالوا" box of quotes inside the text as a box the text goes on after', () => {
    const quotes = ['قالوا', '«نحن لسنا ضد الباعة، نحن ضد الفوضى»', '— رئيس النيابة الخصوصية للبلدية', '«أين نذهب؟ هذا مورد رزقنا الوحيد»', '— بائع متجول في السوق'];
    const resumed = 'في المقابل، عبر عدد من الباعة عن رفضهم لقرار الإخلاء، مطالبين بتوفير فضاءات بديلة قريبة من الأسواق الشعبية قبل تنفيذ الحملة.';
    const more = 'وأكد تجار المحلات المنظمة في المقابل ارتياحهم للحملة، معتبرين أن الانتصاب الفوضوي ألحق بهم خسائر كبيرة خلال السنوات الأخيرة.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], P[2], ...quotes, resumed, more, P[3], 'من نحن | اتصل بنا'));
    assert.deepEqual(x.record.body, [P[0], P[1], P[2], resumed, more, P[3]]);
  });
  it('should never join the teasers of a box above the article\'s own header (its repeated title and date) to the text under it', () => {
    const box = ['الأكثر قراءة', 'اليوم', 'الأسبوع', 'مهم للمواطنين بخصوص تصاريح التنقل خلال عطلة العيد',
      'أعلن مركز إدارة الأزمات أن المواطنين لن يحتاجوا إلى تصاريح للتنقل بين المحافظات خلال أيام عطلة عيد الأضحى المبارك هذا العام.', '13-06-2021',
      'إحالة 14 موظفا في بلدية المدينة إلى التقاعد المبكر', 'قرر مجلس البلدية إحالة 14 موظفا ممن أكملوا مدة الخدمة القانونية إلى التقاعد المبكر اعتبارا من بداية الشهر المقبل، وفق ما أعلن.', '13-06-2021',
      'وفاة شاب غرقا في سد الملك طلال', 'لقي شاب عشريني حتفه غرقا في مياه السد أثناء محاولته السباحة مع أصدقائه، وانتشلت فرق الدفاع المدني جثته بعد ساعات من البحث.', '12-06-2021',
      'التربية تحدد موعد إعلان نتائج التوجيهي', '11-06-2021'];
    const head = ['محافظات', 'ارتفاع إنتاج القمح في الموسم الحالي', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الرصيفة - مهند الخوالدة', '14-06-2021 10:35 AM', 'عدد المشاهدات: 4521', 'طباعة'];
    const x = extract([...box, ...head, ...P].join('\n'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, P);
    assert.equal(x.record.date.published?.slice(0, 10), '2021-06-14');
  });
  it('should read a "ذات صلة" box inside the text, with its link\'s summary, as a box the text goes on after', () => {
    const box = ['ذات صلة', 'وزارة الزراعة: الموسم الحالي الأفضل منذ عقد', 'أكدت وزارة الزراعة أن الموسم الحالي هو الأفضل منذ عشر سنوات بفضل الأمطار الغزيرة التي شهدتها البلاد خلال الشتاء.'];
    const resumed = 'وأوضح الوزير أن الحكومة تعتزم رفع سعر شراء القمح من المزارعين بنسبة عشرة في المئة اعتبارا من الموسم المقبل.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], P[2], ...box, resumed, P[3], 'من نحن | اتصل بنا'));
    assert.deepEqual(x.record.body, [P[0], P[1], P[2], resumed, P[3]]);
  });
  it('should end the text at a "more from the author" box ("المزيد من فلان") with its bio and excerpts', () => {
    const more = [
      'المزيد من مصطفى عبد الرازق',
      'مصطفى عبد الرازق',
      'محرر رياضي متخصص في شؤون النادي الأهلي والمنتخبات الوطنية، عمل في عدد من الصحف والمواقع الرياضية المصرية منذ عام 2012، وغطى بطولات كأس الأمم الأفريقية ودوري أبطال أفريقيا ميدانيا.',
      'الأهلي يرفض عرضا خليجيا لضم لاعب وسطه الدولي',
      'كشف مصدر داخل النادي الأهلي أن مجلس الإدارة رفض عرضا رسميا من أحد الأندية الخليجية لضم لاعب الوسط الدولي مقابل أربعة ملايين دولار، مؤكدا أن الجهاز الفني اعتبر اللاعب عنصرا أساسيا لا يمكن التفريط فيه هذا الصيف.',
      'تعرف على برنامج تأهيل الثنائي المصاب في الأهلي قبل انطلاق الموسم',
      'وضع الجهاز الطبي بالنادي الأهلي برنامجا تأهيليا مكثفا للثنائي المصاب بقطع في الرباط الصليبي، يتضمن جلسات علاج طبيعي يومية وتدريبات في صالة الجيمانزيوم، على أمل عودتهما إلى المشاركة في المباريات خلال النصف الثاني من الموسم.',
      'الخطيب يجتمع مع كولر لمناقشة خطة الموسم المقبل',
      'عقد محمود الخطيب رئيس النادي الأهلي جلسة مطولة مع المدير الفني مارسيل كولر بحضور مدير الكرة، لمناقشة خطة الإعداد للموسم الجديد وقائمة الراحلين والقادمين، والاتفاق على الأهداف المطلوبة محليا وقاريا خلال الفترة المقبلة.'];
    assert.deepEqual(extract(['ارتفاع إنتاج القمح في الموسم الحالي', ...P, ...more, 'عرض كل مقالات الكاتب'].join('\n')).record.body, P);
  });
  it('should read a title with a number\'s comma ("1,2 مليون طن"), over the header\'s byline and date, as the headline and not the text\'s first line', () => {
    const title = 'وزارة الفلاحة: تقديرات بصابة زيتون في حدود 1,2 مليون طن خلال الموسم الحالي';
    const x = extract(page('Français | العربية', 'اقتصاد / فلاحة', title, 'تونس – قرطاج أنفو', 'بتاريخ 2021-10-05 على الساعة 11:40', ...P));
    assert.equal(x.record.headline, title);
    assert.deepEqual(x.record.body, P);
  });
  it('should read a reply\'s dotted number ("1.1 NAME - DATE") as the number of a comment over its author', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'تعليقات (3)',
      '1. مجهول - 14 أيار 2013 | 10:22', 'كل سنة المزارع بيدفع التمن، والدولة ما بتتحرك إلا بعد ما تخرب الدنيا.',
      '1.1 ابن زحلة - 14 أيار 2013 | 11:05', 'معك حق، بس كمان التجار الكبار عم يستغلوا الوضع وما حدا عم يحاسبهم.',
      '2. جورج ح. - 14 أيار 2013 | 13:15', 'أنا مزارع من كفرزبد، عندي خمسين طن بالبراد وما في حدا يشتري.'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['مجهول', 'ابن زحلة', 'جورج ح.']);
  });
  it('should never take an aggregator\'s link to the original story ("رابط الخبر الأصلي: …") for the page\'s own site', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'رابط الخبر الأصلي: https://alwadi-daily.example/news/48213', 'جميع الحقوق محفوظة لنشرة السهل 2024', 'للإعلان: ads@nashrat-alsahl.example'));
    assert.notEqual(x.record.source.domain, 'alwadi-daily.example');
  });
  it('should read a pitch to subscribe to a named newsletter or to the site\'s channel, between paragraphs, as the site\'s notice', () => {
    const pitches = ['اشترك في النشرة الزراعية الأسبوعية من الموقع لتصلك أحدث أخبار المحاصيل والأسواق كل يوم أحد.',
      'اشترك في قناتنا على تيليجرام ليصلك كل جديد من أخبار الأسعار والخدمات في المدينة أولا بأول.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], pitches[0], P[2], pitches[1], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should read a media player inside the text (its cue, its clip\'s title, "00:00 / 02:37") as chrome', () => {
    const player = ['استمعوا إلى التصريح:', 'وزير الزراعة - موسم الحصاد 2023', '00:00 / 02:37'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], P[1], ...player, P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should read a sentence closed by a photographer\'s credit in brackets, with no stop before it, as a caption', () => {
    const caption = 'جانب من حقول القمح في سهل الغاب قبيل موسم الحصاد، حيث شهدت المنطقة أمطارا غزيرة خلال الشتاء الماضي (تصوير: الوادي اليوم)';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', caption, ...P));
    assert.deepEqual(x.record.body, P);
  });
  it('should read the editor\'s labelled note that the article was updated or edited ("تنويه: تم تحديث هذا المقال …", "ملاحظة المحرر: عُدّل هذا المقال …") as the site\'s notice', () => {
    const notes = ['تنويه: تم تحديث هذا المقال على الساعة 15:20 لإضافة توضيحات وزارة الزراعة حول مواعيد صرف الدعم للمزارعين.',
      'ملاحظة المحرر: عُدّل هذا المقال بعد نشره لتصحيح عدد المحافظات المشمولة بالبرنامج، ونعتذر لقرائنا عن هذا الخطأ.'];
    assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', notes[0], ...P)).record.body, P);
    assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, notes[1])).record.body, P);
  });
  it('should read a box marked at both ends ("تخطى … وواصل القراءة" … "نهاية") as one box, however long its list, and go on with the text under it', () => {
    const titles = ['ما هي الحمى القلاعية ولماذا تثير القلق في أوروبا؟', 'كيف تحولت مدينة صغيرة إلى عاصمة للدراجات، بحسب السكان', 'خمس عادات يومية قد تحمي قلبك، بحسب العلماء',
      'لماذا ترتفع أسعار القهوة حول العالم؟', 'قصص عائلات المفقودين في الحرب، كما يرويها الأهالي', 'الذكاء الاصطناعي يغير سوق العمل، بحسب تقرير جديد'];
    const items = titles.flatMap((t, n) => [String(n + 1), t]);
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'تخطى الأكثر قراءة وواصل القراءة', 'الأكثر قراءة', ...items, 'نهاية', P[3], P[2]));
    assert.deepEqual(x.record.body, [P[0], P[1], P[3], P[2]]);
  });
  it('should read a skip link over a section ("تخطي قسم المزيد حول هذا الموضوع") as a box inside the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'تخطي قسم المزيد حول هذا الموضوع', 'المزيد حول هذا الموضوع', 'الجفاف يهدد محاصيل الشعير في الشمال', P[3], P[2]));
    assert.deepEqual(x.record.body, [P[0], P[1], P[3], P[2]]);
  });
  it('should read the labels a page prints for screen readers ("Author, فلان", "Role, …") as chrome, never as the headline or the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'Author, سامر الخطيب', 'Role, مراسل الوادي اليوم - دمشق', 'الأربعاء 22 نوفمبر 2023', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, P);
  });
  it('should never take a known outlet\'s name, printed alone on its line, for the headline', () => {
    const x = extract(page('الرئيسية', 'بي بي سي نيوز عربي', 'أخبار', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'بي بي سي نيوز عربي'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
  });
  it('should read a date whose clock the crawl glued to the year ("آخر تحديث: 12/5/202403:40 م") as that day', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نشر في 10/5/2024', 'آخر تحديث: 12/5/202403:40 م (بتوقيت مكة)', ...P));
    assert.equal(x.record.date.published, '2024-05-10');
    assert.equal(x.record.date.updated?.slice(0, 10), '2024-05-12');
  });
  it('should read a caption closed by an English credit ("… Credit: Department of Antiquities") as a caption, never the headline', () => {
    const x = extract(page('الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', '1 من 3', 'اضغط على الصورة لمشاهدة المزيد',
      'مزارعون يحصدون القمح في سهل الغاب قبيل موسم الأمطار Credit: Ministry of Agriculture', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, P);
  });
  it('should read link labels glued to their link or in English ("اقرأ أيضاتحت …", "Related: …"), a bare reading time and a video\'s title opened by "فيديو.." as chrome', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', '3 دقائق', P[0], 'اقرأ أيضاتحت ضغط المزارعين.. الحكومة تعلن حزمة دعم جديدة', P[1],
      'Related: الجفاف يهدد محاصيل الشعير في الشمال', P[2], 'فيديو.. جولة في حقول القمح قبيل الحصاد', P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should read both stamps of a line that opens with "نُشر" and the weekday ("نُشر السبت، 11 مايو 2024; 11:51 … آخر تحديث الأحد، 12 مايو …"), and keep it out of the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نُشر السبت، 11 مايو / أيار 2024; 11:51 (GMT +0400). آخر تحديث الأحد، 12 مايو / أيار 2024; 07:20 (GMT +0400).', ...P));
    assert.equal(x.record.date.published?.slice(0, 10), '2024-05-11');
    assert.equal(x.record.date.updated?.slice(0, 10), '2024-05-12');
    assert.deepEqual(x.record.body, P);
  });
  it('should never take the date of a read-also link inside the text for the article\'s', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], 'اقرأ أيضا', 'الجفاف يهدد محاصيل الشعير في الشمال', '28/4/2024', P[1], P[2], P[3]));
    assert.equal(x.record.date.published, null);
  });
  it('should take the online stamp ("نُشر: …") over the print edition\'s issue line above the headline', () => {
    const x = extract(page('اقتصاد', 'الأحد - 4 ذو القعدة 1445 هـ - 12 مايو 2024 مـ رقم العدد [ 16600 ]', 'ارتفاع إنتاج القمح في الموسم الحالي',
      'حقول القمح في سهل الغاب (الوادي اليوم)', 'دمشق: سامر الخطيب', 'نُشر: 19:47-11 مايو 2024 م ـ 03 ذو القعدة 1445 هـ', ...P));
    assert.equal(x.record.date.published?.slice(0, 10), '2024-05-11');
  });
  it('should never take a gallery\'s caption under its counter, a hashtag\'s copy of it or a repeated clock for the headline', () => {
    const x = extract(page('وزارة الزراعة', 'وزارة الزراعة: ارتفاع إنتاج القمح في الموسم الحالي', 'الاثنين 20 مايو 2024', '14:12 ت م', '1 / 3', 'وزارة الزراعة',
      ...P, '14:12 ت م', '#وزارة_الزراعة'));
    assert.equal(x.record.headline, 'وزارة الزراعة: ارتفاع إنتاج القمح في الموسم الحالي');
  });
  it('should never take a language switch ("(العربية) | الاتجاه"), a photo count ("عدد الصور (6)") or a wire dateline alone on its line for the headline', () => {
    for (const line of ['(العربية) | الاتجاه', 'عدد الصور (6)', 'دمشق في 27 مارس /سانا/']) {
      const x = extract(page('الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الاثنين 20 مايو 2024', line, ...P));
      assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي', line);
    }
  });
  it('should never take a credit to the site and the wires ("الوادي نت + وكالات"), printed twice, for the headline', () => {
    const x = extract(page('أخبار', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الوادي نت + وكالات', '10 حزيران 2024 14:35', ...P, 'المصدر: الوادي نت + وكالات'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
  });
  it('should read the clip\'s caption under a video player, below the title, as no headline, and the name under it as the byline', () => {
    const x = extract(page('اقتصاد', 'ارتفاع إنتاج القمح في الموسم الحالي', '00:00 / 02:14', 'مشاهدة الفيديو', 'مداخلة وزير الزراعة في برنامج صباح الخير', 'سامر الخطيب',
      'الإثنين، 15 يوليو 2024 02:30 م', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.equal(x.record.byline, 'سامر الخطيب');
  });
  it('should keep an agency\'s whole name in its copyright line ("محفوظة لوكالة الساحل للأنباء"), not cut at "للأنباء" as a line of business', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'جميع الحقوق محفوظة لوكالة الساحل للأنباء © 2023'));
    assert.equal(x.record.source.name, 'وكالة الساحل للأنباء');
  });
  it('should read an aggregator\'s sentences framing the story ("شكرا لقرائتكم خبر عن <headline> …", "كانت هذه تفاصيل خبر <headline> …") as chrome', () => {
    const head = 'ارتفاع إنتاج القمح في الموسم الحالي بنسبة كبيرة';
    const x = extract(page(head, 'الأربعاء 22 نوفمبر 2023', `شكرا لقرائتكم خبر عن ${head} والان مع التفاصيل`, ...P,
      `كانت هذه تفاصيل خبر ${head} لهذا اليوم نرجو أن نكون قد وفقنا بإعطائك التفاصيل والمعلومات الكاملة. ويمكنك متابعة مستجدات هذا الخبر من مصدره الأساسي.`));
    assert.deepEqual(x.record.body, P);
  });
  it('should read WordPress\'s Arabic "يقول فلان:" as the commenter\'s name, and a reply opening "رد على الأخ فلان: …" as its text', () => {
    const comments = ['يقول سامي الخطيب (ألمانيا):', '24 مارس 2024 الساعة 10:02 م', 'تحية للكاتب، فالموسم كان جيدا في سهل الغاب أيضا.', 'رد',
      'يقول د. حميد الجبوري:', '25 مارس 2024 الساعة 11:25 ص', 'رد على الأخ سامي الخطيب: صحيح، لكن الإنتاج في الشمال كان أقل بكثير من الجنوب هذا العام.', 'رد'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, '2 تعليقات', ...comments, 'اترك تعليقاً'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['سامي الخطيب (ألمانيا)', 'د. حميد الجبوري']);
    assert.equal(x.record.comments[1]?.text, comments[6]);
  });
  it('should read a video embedded between paragraphs (its cue, the clip\'s title, its length "02:47") as chrome', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'شاهد', 'كيف يستعد المزارعون لموسم الحصاد في سهل الغاب؟', '02:47', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should go on with the text after a video embed when it resumes with a connective ("في سياق متصل، …")', () => {
    const more = 'في سياق متصل، أعلنت وزارة الموارد المائية عن خطة لتأهيل قنوات الري في المحافظات الشمالية قبل نهاية العام.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'فيديو', 'نصائح المهندسين الزراعيين لموسم الحصاد', 'مشاهدة على YouTube', more, 'الوسوم', 'القمح'));
    assert.deepEqual(x.record.body, [...P, more]);
  });
  it('should take a column\'s two-word title for the headline when the page title holds it beside the site\'s name alone', () => {
    const x = extract(['اقتصاد الانتظار | الوادي اليوم', 'الوادي اليوم', 'جريدة الوادي الأسبوعية', 'الرئيسية', 'الرأي', '', 'سامر الخطيب', 'اقتصاد الانتظار', 'الأحد 15 سبتمبر 2024', '', ...P].join('\n'));
    assert.equal(x.record.headline, 'اقتصاد الانتظار');
  });
  it('should read "place ــ name", its dash drawn with tatweels, as the byline, and the font-size buttons ("+ الخط -") as no headline', () => {
    const head = 'ارتفاع إنتاج القمح في الموسم الحالي إلى مستوى قياسي';
    const x = extract(page('الرئيسية', '+ الخط -', head, 'المزارعون يطالبون بأسعار أعلى لتغطية التكاليف', 'دمشق ــ سامر الخطيب', 'الأربعاء 22 نوفمبر 2023', ...P));
    assert.equal(x.record.headline, head);
    assert.equal(x.record.byline, 'دمشق ــ سامر الخطيب');
  });
  it('should never take a photo agency\'s domain under a caption ("Gettyimages.ru") for the site\'s', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', 'حقول القمح في سهل الغاب', 'Gettyimages.ru', ...P, 'جميع الحقوق محفوظة', 'alwadi-today.example'));
    assert.equal(x.record.source.domain, 'alwadi-today.example');
  });
  it('should read a line closed by a credit after a slash ("… / صورة: AA") as a caption', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], 'مزارعون خلال موسم الحصاد في سهل الغاب / صورة: الوادي اليوم', P[1], P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should end the comments at a related-articles box ("المقالات المرتبطة") whose teasers carry dates', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'التعليقات (1)', 'أبو سامر', 'الأحد 9 مارس 2025 - 22:41', 'موسم جيد والحمد لله، نتمنى أن تستمر الأمطار.',
      'أضف تعليقك', 'المقالات المرتبطة', 'الجفاف يهدد محاصيل الشعير في الشمال', 'السبت 8 مارس 2025 - 19:20', 'وزارة الزراعة: نسبة ملء السدود تتجاوز النصف هذا العام'));
    assert.equal(x.record.comments.length, 1);
  });
  it('should read a wire service\'s notice closing with "الرجاء التواصل معنا للاشتراك" as the site\'s', () => {
    const notice = 'على موقع وكالة الوادي، تُنشر فقط ملخّصات الأخبار المنشورة لمشتركي خدمة الأخبار الخاصة بالوكالة. الرجاء التواصل معنا للاشتراك.';
    assert.deepEqual(extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, notice)).record.body, P);
  });
  it('should open the text with a wire story\'s dateline under a gallery\'s first counter, and never take "اقرأ هذا الخبر بلغة أخرى" for the headline', () => {
    const lead = 'دمشق في 14 مارس / سانا / ' + P[0];
    const x = extract(page('الرئيسية', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الخميس، 14 مارس 2024 - 4:35 م', 'اقرأ هذا الخبر بلغة أخرى', 'English', 'صورة 1 من 4', lead, P[1], P[2], P[3]));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, [lead, P[1], P[2], P[3]]);
  });
  it('should read a short question opening each comment\'s text ("والجدول الزمني فين؟") as its title when every comment opens so', () => {
    const c = (n: number, name: string, title: string, text: string) => [String(n), name, `الأحد، 03 مارس 2024 11:${10 + n} ص`, title, text, 'عدد الردود 0', 'رد'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'عدد التعليقات: 3',
      ...c(1, 'أحمد عبد الحميد', 'خطوة كويسة', 'ربنا يوفق المزارعين، الموسم كان صعبا بسبب الجفاف.'),
      ...c(2, 'مواطن من حماة', 'والأسعار فين؟', 'الخبر بيقول إن الأسعار تحسنت واحنا لسه بنبيع بخسارة، ياريت حد يسأل المزارعين.'),
      ...c(3, 'سمير', 'الري أولا', 'الأهم من الأسعار إن الدولة تصلح قنوات الري قبل الموسم الجاي.')));
    assert.deepEqual(x.record.comments.map((m) => m.title), ['خطوة كويسة', 'والأسعار فين؟', 'الري أولا']);
    assert.equal(x.record.comments[1].text, 'الخبر بيقول إن الأسعار تحسنت واحنا لسه بنبيع بخسارة، ياريت حد يسأل المزارعين.');
  });
  it('should read a like/reply row whose age is a dual in the nominative ("أعجبني · رد · ساعتان") as closing its comment', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, '2 تعليقات',
      'أحمد عبد الحميد', 'موسم جيد والحمد لله، نتمنى أن تستمر الأمطار.', 'أعجبني · رد · 3 س',
      'Youssef El-Masry', 'Prices are still too low for farmers, the ministry should act now.', 'أعجبني · رد · ساعتان'));
    assert.equal(x.record.comments.length, 2);
    assert.equal(x.record.comments[1].author, 'Youssef El-Masry');
  });
  it('should date an aggregator\'s item by the source credit under the text ("المصدر: … - الأحد 21 أبريل 2024 10:05 ص") when nothing over the text is dated', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'منذ 3 ساعات', ...P, 'المصدر: بوابة الوادي - الأحد 21 أبريل 2024 10:05 ص'));
    assert.equal(x.record.date.published?.slice(0, 10), '2024-04-21');
  });
  it('should drop an aggregator\'s "… اقرأ المزيد على موقع X" glued to the paragraph it cuts', () => {
    const cut = 'وأضاف الوزير أن الحكومة ستواصل دعم المزارعين، لافتا إلى أن';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[2], P[3], `${cut}... اقرأ المزيد على موقع الوادي`));
    assert.deepEqual(x.record.body, [P[0], P[2], P[3], cut]);
  });
  it('should drop the lead photo\'s caption over the text, closed by a credit in brackets or by a news agency after a dash or a slash', () => {
    for (const caption of ['عراقيون على كورنيش أبو نؤاس، مايو 2024 (Getty)', 'حقول القمح في سهل الغاب قبل الحصاد (محمد الأحمد).', 'حقول القمح في سهل الغاب قبل الحصاد بأيام- الأناضول', 'حصادات تعمل في حقول القمح بسهل الغاب قبل موسم الأمطار، أرشيفية/ رويترز']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', caption, ...P));
      assert.deepEqual(x.record.body, P, caption);
    }
  });
  it('should drop the biography under an author card\'s name over the text ("باحث في الشؤون …، صدر له …")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', 'حسام الدين قاسم',
      'باحث في الشؤون الزراعية وقضايا المياه، صدر له كتابان عن الأمن الغذائي في المشرق العربي.', ...P));
    assert.equal(x.record.byline, 'حسام الدين قاسم');
    assert.deepEqual(x.record.body, P);
  });
  it('should read a copyright line\'s Latin owner ("© 2024 Hespress. Tous droits réservés.") by the outlets table, or by the masthead printing it', () => {
    const known = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, '© 2024 Hespress. Tous droits réservés.'));
    assert.deepEqual([known.record.source.name, known.record.source.domain], ['هسبريس', 'hespress.com']);
    const printed = extract(page('Mosaïque FM', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, '© 2024 Mosaïque FM. Tous droits réservés.'));
    assert.equal(printed.record.source.name, 'Mosaïque FM');
    const alone = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, '© 2024 Mosaïque FM. Tous droits réservés.'));
    assert.equal(alone.record.source.name, null);
  });
  it('should read the name under a byline marker alone on its line ("بواسطة" / "محمد الفيتوري" / "-" / date) as the byline', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'بواسطة', 'محمد الفيتوري', '-', 'سبتمبر 3, 2024', ...P));
    assert.equal(x.record.byline, 'محمد الفيتوري');
    assert.deepEqual(x.record.body, P);
  });
  it('should date the article by a theme\'s post footer under the text ("نشر بواسطة فلان في 18 يونيو، 2024") when the header gives only an age', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'رنا شريم', 'منذ يومين', ...P, 'نشر بواسطة رنا شريم في 18 يونيو، 2024', 'الوسوم'));
    assert.equal(x.record.date.published?.slice(0, 10), '2024-06-18');
  });
  it('should drop a photo\'s caption marked with a bullet alone between paragraphs ("● جانب من أعمال إنشاء الجسر"), and keep a list', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], '● جانب من حقول القمح في سهل الغاب', P[1], P[2], P[3]));
    assert.deepEqual(x.record.body, P);
    const list = ['● حصاد القمح في سهل الغاب', '● تسويق المحصول عبر المؤسسة العامة'];
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], ...list, P[1], P[2], P[3]));
    assert.deepEqual(y.record.body, [P[0], ...list, P[1], P[2], P[3]]);
  });
  it('should drop the age closing a read-also card between paragraphs ("اقرأ أيضا" / title / "منذ 5 ساعات")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'اقرأ أيضا', 'وزير الزراعة يتفقد صوامع الحبوب في حمص', 'منذ 5 ساعات', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.subheadings, []);
  });
  it('should go on with the text after a read-also box when it resumes with a short lead-in and the list it announces', () => {
    const lead = 'وأوضحت الوزارة أن الصرف سيتم على مدار ثلاثة أيام وفقا للجدول التالي:';
    const list = ['- الخميس 13 يونيو: محافظات الوجه البحري', '- الأحد 16 يونيو: محافظات الصعيد', '- الاثنين 17 يونيو: القاهرة والجيزة'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'اقرأ أيضا',
      'موعد صرف معاشات يونيو بالزيادة الجديدة', 'رابط الاستعلام عن المعاش إلكترونيا', 'خطوات تحديث بيانات أصحاب المعاشات', lead, ...list, 'الأكثر قراءة', 'أسعار الذهب اليوم'));
    assert.deepEqual(x.record.body, [P[0], P[1], lead, ...list]);
  });
  it('should go on with the text after a watch-also card holding a one-sentence summary over the clip\'s length', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1] + ' ' + P[1], 'شاهد أيضا',
      'بالفيديو.. الصيد في بحيرة البرلس بين الموسم والمخالفات', 'يرصد هذا التقرير المصور رحلة يوم كامل مع صيادي بحيرة البرلس، من الفجر حتى بيع الحصيلة في سوق المدينة بالأسماك.', '03:27',
      P[3], 'وكان ' + P[2]));
    assert.deepEqual(x.record.body, [P[0], P[1] + ' ' + P[1], P[3], 'وكان ' + P[2]]);
  });
  it('should not take the lead photo\'s caption over its credit line, under the headline and the date, for the headline', () => {
    const x = extract(page('أخبار السودان', 'ارتفاع إنتاج القمح في الموسم الحالي', '2024-06-05 11:05', 'حقول القمح في مشروع الجزيرة قبل الحصاد', 'تصوير: سونا', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
    assert.deepEqual(x.record.body, P);
  });
  it('should read a copyright owner with its number glued on ("© 2024 الوادي24"), and no date after a page title\'s bar as the site', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'جميع الحقوق محفوظة © 2024 الوادي24'));
    assert.equal(x.record.source.name, 'الوادي24');
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي – 22.11.2023', 'ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P));
    assert.equal(y.record.source.name, null);
  });
  it('should not take a clip\'s caption under the player for the headline when the title\'s byline and date line stand over the player', () => {
    const x = extract(page('العالم', 'ارتفاع إنتاج القمح في الموسم الحالي', 'بقلم: يورونيوز مع أ ف ب', 'نشر في 03/06/2024 - 14:30', 'شارك هذا المقال',
      'تشغيل', '01:38', 'منظر جوي لحقول القمح في سهل الغاب', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
  });
  it('should read a date under its label alone on the line above ("نشرت في:" / date, "آخر تحديث:" / date)', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نشرت في:', '18/08/2024 - 10:05', 'آخر تحديث:', '19/08/2024 - 12:40', ...P));
    assert.equal(x.record.date.published, '2024-08-18T10:05');
    assert.equal(x.record.date.updated, '2024-08-19T12:40');
  });
  it('should read "(المحدثة 15:40 GMT …)" after the stamp as the update', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', '14:22 GMT 12.05.2024 (المحدثة 15:40 GMT 12.05.2024)', ...P));
    assert.equal(x.record.date.published, '2024-05-12T14:22+00:00');
    assert.equal(x.record.date.updated, '2024-05-12T15:40+00:00');
  });
  it('should read a ticker\'s timed items ("13:58 عاجل | …") over the headline as chrome, never the headline or the text', () => {
    const ticker = ['13:58 عاجل | مصدر أمني: اعتقال ثلاثة متهمين بسرقة أسلاك الكهرباء في بعقوبة، والتحقيق جار',
      '13:41 عاجل | وزارة الكهرباء تعلن خروج محطة عن الخدمة بسبب عطل فني، والفرق تعمل على إصلاحه',
      '12:55 عاجل | مجلس النواب يرفع جلسته إلى الأسبوع المقبل بعد خلاف على جدول الأعمال، وفق مصدر نيابي'];
    for (const items of [ticker, ticker.map((t) => t.replace(' عاجل', ''))]) {
      const x = extract(page('الرئيسية', ...items, 'ارتفاع إنتاج القمح في الموسم الحالي', '2024/05/23 | 14:20', ...P));
      assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي');
      assert.deepEqual(x.record.body, P);
    }
  });
  it('should read "التحديث:" and "تعديل:" under the date line as update labels', () => {
    for (const label of ['التحديث:', 'تعديل:']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'نشر في: 11/10/2022 - 09:30', `${label} 12/10/2022 - 11:05`, ...P));
      assert.equal(x.record.date.updated, '2022-10-12T11:05', label);
    }
  });
  it('should read the gender-inclusive "اقرأ/ي أيضًا:" as a read-also header inside the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'اقرأ/ي أيضًا:', 'مزارعو الغاب يطالبون بتسعيرة عادلة للقمح', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should drop a player\'s labelled length and views ("المدة: 2,15", "مشاهدات الفيديو: 3,210") and its prompts inside the text', () => {
    for (const line of ['يتم تحميل الفيديو...', 'اضغط للتشغيل', 'المدة: 2,15', 'مشاهدات الفيديو: 3,210']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], line, P[2], P[3]));
      assert.deepEqual(x.record.body, P, line);
    }
  });
  it('should drop a prompt to follow the site on a social network between paragraphs (\'تابع "الوادي" على تليغرام\')', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'تابع "الوادي" على تليغرام', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.subheadings, []);
  });
  it('should drop a pitch for the site\'s named newsletter between paragraphs ("اشترك في نشرة الوادي الأسبوعية …")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1],
      'هل تجد هذا التقرير مفيدا؟ اشترك في نشرة الوادي الأسبوعية لتصلك التقارير كل يوم أحد.', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should drop a known outlet\'s name alone under the text, and keep it as a press review\'s subheading over a paragraph', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'الشروق', 'مدحت الشريف',
      'كاتب صحفي متخصص في شؤون الزراعة، عمل مراسلا ومحررا في عدد من الصحف المصرية والعربية.', 'آخر مقالات الكاتب', 'مجانية التعليم بين النص والواقع'));
    assert.deepEqual(x.record.body, P);
    const y = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], 'الشروق', P[1], 'النهار', P[2], P[3]));
    assert.deepEqual(y.record.body, [P[0], 'الشروق', P[1], 'النهار', P[2], P[3]]);
  });
  it('should read a French widget\'s sort option ("Les plus récents") and signed votes ("+5 / -1") as the section\'s rows, and end it at "Dans la même rubrique"', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, '2 commentaires', 'Trier par', 'Les plus récents',
      'Hedi  |  22-08-2024 15:10', 'الأسعار ما زالت مرتفعة جدا في الأسواق رغم كل الوعود.', '+5 / -1', 'Répondre | Signaler',
      'Amel  |  22-08-2024 16:02', 'نحتاج إلى دعم حقيقي وليس وعودا.', '+2 / -3', 'Répondre | Signaler',
      'Dans la même rubrique', 'توزر: انطلاق موسم جني التمور المبكرة', 'Publié le 21/08/2024', 'سيدي بوزيد: تراجع إنتاج الطماطم', 'Publié le 20/08/2024'));
    assert.deepEqual(x.record.body, P);
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.when, c.text]), [
      ['Hedi', '22-08-2024 15:10', 'الأسعار ما زالت مرتفعة جدا في الأسواق رغم كل الوعود.'], ['Amel', '22-08-2024 16:02', 'نحتاج إلى دعم حقيقي وليس وعودا.']]);
  });
  it('should read a correspondent\'s name and where they write from ("سعيد أوعلي من أزيلال") over the date as the byline, not the headline', () => {
    const x = extract(page('الرئيسية > جهات', 'ارتفاع إنتاج القمح في الموسم الحالي رغم موجة الجفاف', 'صورة: الوادي', 'سعيد أوعلي من أزيلال', 'الأحد 14 أبريل 2024 - 11:40', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي رغم موجة الجفاف');
    assert.equal(x.record.byline, 'سعيد أوعلي من أزيلال');
  });
  it('should go on with the text\'s series of subheadings ("الخطوة الثالثة: …") under a read-also box, and keep its title', () => {
    const steps = ['الخطوة الأولى: فعّل التحقق بخطوتين في الإعدادات', 'الخطوة الثانية: لا تشارك رمز التحقق مع أي شخص', 'الخطوة الثالثة: حدّث التطبيق ونظام التشغيل باستمرار'];
    const box = ['اقرأ أيضاً', 'كيف تعرف أن حسابك على إنستغرام مخترق؟', 'منذ 4 أيام'];
    const last = 'تسمح ميزة الأجهزة المرتبطة بفتح الحساب على الحاسوب أو جهاز لوحي، لذلك راجع القائمة دوريا واحذف أي جهاز لا تعرفه.';
    const x = extract(page('كيف تحمي حسابك من الاختراق في خطوات قليلة', 'الأربعاء 22 نوفمبر 2023', P[0], steps[0], P[1], steps[1], P[2], ...box, steps[2], P[3], 'الوسوم', 'أمن المعلومات'));
    assert.deepEqual(x.record.body, [P[0], steps[0], P[1], steps[1], P[2], steps[2], P[3]]);
    const y = extract(page('كيف تحمي حسابك من الاختراق في خطوات قليلة', 'الأربعاء 22 نوفمبر 2023', P[0], steps[0], P[1], steps[1], P[2], ...box, steps[2], P[3], ...box, 'الخطوة الرابعة: راجع الأجهزة المرتبطة بحسابك', last, 'الوسوم', 'أمن المعلومات'));
    assert.deepEqual(y.record.body, [P[0], steps[0], P[1], steps[1], P[2], steps[2], P[3], 'الخطوة الرابعة: راجع الأجهزة المرتبطة بحسابك', last]);
  });
  it('should drop a screenshot\'s credit in brackets inside the text ("(لقطة شاشة: …)")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], '(لقطة شاشة: البوابة العربية للأخبار التقنية)', P[2], P[3]));
    assert.deepEqual(x.record.body, P);
  });
  it('should keep the items a line announces ("… التالية:") when a read-also box, not the text, comes under them', () => {
    const items = ['التعب والإرهاق المستمر.', 'آلام العظام وأسفل الظهر.', 'ضعف العضلات وتشنجها.'];
    const lead = 'ولا تظهر أعراض واضحة لدى كثير من المصابين بالنقص الخفيف، لكن قد تظهر عليهم الأعراض التالية:';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], lead, ...items, 'اقرأ أيضاً:', 'فوائد فيتامين د للنساء بعد سن الأربعين', P[1], P[2]));
    assert.deepEqual(x.record.body, [P[0], lead, ...items, P[1], P[2]]);
  });
  it('should keep a recipe\'s ingredients under "المكونات", a quantity in brackets included, and drop "شاهدي أيضاً: …" under them', () => {
    const items = ['دجاجة كاملة مقطعة إلى 4 أجزاء (نحو 1.2 كيلو)', '3 أكواب أرز بسمتي طويل الحبة', '2 بصلة كبيرة مقطعة شرائح', 'ربع كوب زيت نباتي'];
    const steps = ['1- اغسلي الأرز جيدًا بالماء البارد حتى يصفو الماء، ثم انقعيه نصف ساعة وصفيه.', '2- سخني الزيت في قدر واسع على نار متوسطة، وأضيفي البصل وقلبيه حتى يذبل ويصبح ذهبي اللون.'];
    const x = extract(page('طريقة عمل كبسة الدجاج السعودية خطوة بخطوة', 'الثلاثاء 23 يناير 2024', P[0], P[1], 'المكونات', ...items, 'شاهدي أيضاً: طريقة عمل صلصة الدقوس الحارة', 'طريقة التحضير', ...steps, 'الوسوم', 'وصفات'));
    assert.deepEqual(x.record.body, [P[0], P[1], 'المكونات', ...items, 'طريقة التحضير', ...steps]);
  });
  it('should go on with the text under an app\'s or a newsletter\'s pitch set between its sections', () => {
    const app = ['حمّل تطبيق الوادي', 'تابع آخر الأخبار والخدمات لحظة بلحظة على هاتفك', 'App Store', 'Google Play'];
    const mail = ['النشرة اليومية', 'أهم أخبار المنطقة في بريدك كل صباح', 'بريدك الإلكتروني', 'اشترك'];
    const more = 'رفعت الحكومة سعر شراء القمح من المزارعين بنسبة عشرة في المئة، على أن يبدأ العمل بالسعر الجديد مطلع الموسم المقبل.';
    for (const box of [app, mail]) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], P[2], ...box, 'ماذا عن الأسعار؟', more, P[3], 'الوسوم', 'زراعة'));
      assert.deepEqual(x.record.body, [P[0], P[1], P[2], 'ماذا عن الأسعار؟', more, P[3]], box[0]);
    }
  });
  it('should go on with a numbered list of steps under a read-also box, the list\'s length counting as text', () => {
    const steps = ['1- ادخل على بوابة الخدمات الحكومية وسجل حسابا جديدا برقمك القومي.', '2- اختر من قائمة الخدمات تجديد جواز السفر وأكمل بيانات الطلب.',
      '3- راجع البيانات التي تظهر تلقائيا، وعدل العنوان إن تغير.', '4- حدد طريقة الاستلام من إدارة الجوازات أو بالتوصيل إلى المنزل.', '5- ادفع الرسوم إلكترونيا واحتفظ برقم الطلب لمتابعة حالته.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'اقرأ أيضا', 'موعد صرف معاشات شهر فبراير للمتقاعدين في جميع المحافظات', 'خطوات التجديد بالتفصيل', ...steps, 'الوسوم', 'خدمات'));
    assert.deepEqual(x.record.body, [P[0], P[1], 'خطوات التجديد بالتفصيل', ...steps]);
  });
  it('should read a read-also link that asks a question as the box\'s, and "تعليقات:" as the comments\' header', () => {
    const more = 'وأعلنت السلطات المحلية فتح مراكز إيواء مؤقتة في المدارس والقاعات الرياضية لاستقبال العائلات المتضررة.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], P[2], 'إقرأ أيضا', 'زلزال 2020: أين وصل ملف إعادة إسكان المتضررين؟', 'آخر المستجدات', P[3], more,
      'تعليقات:', '1) الله المستعان', 'أبو محمد - صنعاء', 'راتب الموظف ما يشتري حتى رأس واحد، والحال من سيئ إلى أسوأ.'));
    assert.deepEqual(x.record.body, [P[0], P[1], P[2], 'آخر المستجدات', P[3], more]);
    assert.equal(x.record.comments.length, 1);
  });
  it('should drop the Maghreb\'s ad label "إشهار" and a bare "تحديث" marker between paragraphs', () => {
    for (const line of ['إشهار', 'تحديث', '(تحديث)']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], line, P[2], P[3]));
      assert.deepEqual(x.record.body, P, line);
    }
  });
  it('should date the article by a footer stamp "أضيف بتاريخ : …" under the text', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', ...P, 'أضيف بتاريخ : 05-10-2023 على الساعة 11:48'));
    assert.equal(x.record.date.published, '2023-10-05T11:48');
  });
  it('should keep "لا أوافق على …" in a comment\'s text, and leave a report button and "عرض تعليقات أقدم" out of it', () => {
    const said = 'لكن لا أوافق على أن الحل في الدعم وحده، فالمشكلة في كلفة المياه والأسمدة أيضا.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'التعليقات (2)',
      'أبو أحمد', 'منذ ساعتين', 'خبر جيد ولكن الأسعار ما زالت مرتفعة جدا في الأسواق.', said, 'تبليغ عن إساءة',
      'مزارع', 'منذ 3 ساعات', 'نحتاج إلى دعم حقيقي وليس وعوداً.', 'تبليغ عن إساءة', 'عرض تعليقات أقدم'));
    assert.deepEqual(x.record.comments.map((c) => c.text), [`خبر جيد ولكن الأسعار ما زالت مرتفعة جدا في الأسواق.\n\n${said}`, 'نحتاج إلى دعم حقيقي وليس وعوداً.']);
  });
  it('should take the title over the byline and the header\'s counters for the headline, not the shorter caption right over the text', () => {
    const x = extract(page('الرئيسية', 'اقتصاد', 'ارتفاع إنتاج القمح في الموسم الحالي رغم موجة الجفاف', 'كتب: حيدر الكعبي', 'نُشر يوم الاثنين - 10:15 ص', '1,862 مشاهدة', 'حجم الخط',
      'حقول القمح في سهل الغاب', ...P));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي رغم موجة الجفاف');
    assert.equal(x.record.byline, 'كتب: حيدر الكعبي');
  });
  it('should keep a list under a header naming its dish ("مقادير المقلوبة", "للدجاج:") and go on under a pitch closed by "اشتركي الآن"', () => {
    const items = ['مقادير المقلوبة', 'للدجاج:', 'دجاجة كاملة مقطعة إلى 8 قطع', '2 بصلة', 'للأرز والخضار:', '3 أكواب أرز مصري منقوع', '2 حبة باذنجان كبيرة مقطعة شرائح'];
    const more = 'يمكن استبدال الدجاج بلحم الضأن مع زيادة مدة السلق إلى ساعة ونصف، كما يمكن إضافة الجزر أو الفلفل إلى طبقات الخضار، أو الاستغناء عن القلي بشوي الخضار في الفرن.';
    const x = extract(page('طريقة عمل المقلوبة الفلسطينية خطوة بخطوة', 'الجمعة 14 مارس 2025', P[0], P[1], ...items, 'إعلان', P[2], P[3],
      'نشرة ست البيت', 'وصفات رمضان اليومية وأسرار المطبخ في بريدك كل صباح', 'البريد الإلكتروني', 'اشتركي الآن', 'بدائل يمكن استخدامها', more, 'قيّمي الوصفة', '4.7 من 5'));
    assert.deepEqual(x.record.body, [P[0], P[1], ...items, P[2], P[3], 'بدائل يمكن استخدامها', more]);
  });
  it('should go on with the text under a video box inside it ("شاهد الفيديو" / player / caption) and the text\'s subheading', () => {
    const after = ['يبقى الحد الأدنى للدعم 500 درهم شهريا لكل أسرة، يضاف إليه مبلغ عن كل طفل متمدرس.', 'كما تستفيد الأسر التي يعيش معها مسن أو شخص في وضعية إعاقة من منحة إضافية.'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'شاهد الفيديو', 'YouTube video player', 'مسؤول بالوزارة يشرح طريقة التسجيل', 'كم يبلغ مبلغ الدعم؟', ...after, 'كلمات مفتاحية', 'الدعم'));
    assert.deepEqual(x.record.body.filter((p) => p !== 'كم يبلغ مبلغ الدعم؟'), [...P, ...after]);
  });
  it('should take a title opening like a caption (\'صورة "…" ليست من …\') for the headline when it is the page title\'s part', () => {
    const title = 'صورة "العاصفة الرملية التي ابتلعت المدينة" ليست من السعودية';
    const x = extract(page(`${title} | الوادي`, 'الوادي', 'الرئيسية', 'أرسل ادعاء للتحقق', 'تحقق', title, 'فريق التحقق - الوادي', 'تاريخ النشر: 22-09-2024', ...P));
    assert.equal(x.record.headline, title);
  });
  it('should keep a table the text announces under its subheading when an ad\'s label stands between the text and them', () => {
    const rows = ['الخدمة\tالرسوم (درهم)', 'تجديد رخصة لمن هم دون 21 عاماً\t100', 'تجديد رخصة لمن هم 21 عاماً فأكثر\t300', 'فحص النظر\t140 تقريباً', 'توصيل الرخصة خلال يوم واحد\t20',
      'توصيل الرخصة في اليوم نفسه\t50', 'رسوم المعرفة والابتكار\t20', 'بدل فاقد\t200', 'بدل تالف\t200'];
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], P[1], 'إعلان', 'الرسوم المعتمدة', 'وجاءت الرسوم المعتمدة على النحو التالي:', ...rows,
      'اقرأ أيضاً: مخالفة جديدة لاستخدام الهاتف أثناء القيادة', 'خطوات التجديد عبر التطبيق', P[2], P[3], 'الوسوم', 'خدمات'));
    assert.deepEqual(x.record.body.slice(0, 5), [P[0], P[1], 'الرسوم المعتمدة', 'وجاءت الرسوم المعتمدة على النحو التالي:', rows[0]]);
  });
  it('should go on with a press review\'s next paper ("صحيفة X" / «headline» / text) under a caption and an ad', () => {
    const papers = [['صحيفة "الباييس" الإسبانية', '«كتالونيا تتعلم العيش بلا مطر»'], ['صحيفة "لاريبوبليكا" الإيطالية', '«صقلية: السدود فارغة والمزارعون غاضبون»'],
      ['صحيفة "لوموند" الفرنسية', '«التحلية: الوهم المريح»']];
    const last = 'اعتبر كاتب المقال أن الرهان على تحلية مياه البحر يؤجل مواجهة المشكلة الحقيقية، وهي الإسراف في الري والزراعة الكثيفة في مناطق جافة.';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', P[0], ...papers[0], P[1], P[2], ...papers[1], P[3],
      'الصفحة الأولى لصحيفة لاريبوبليكا', 'إعلان', ...papers[2], last, 'الكلمات الدالة:', 'الجفاف'));
    assert.deepEqual(x.record.body, [P[0], ...papers[0], P[1], P[2], ...papers[1], P[3], ...papers[2], last]);
  });
  it('should drop, past the stated count, last "comments" that name no commenter (a teaser\'s title over its date and byline)', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'التعليقات (2)',
      'أبو أحمد', 'منذ ساعتين', 'خبر جيد ولكن الأسعار ما زالت مرتفعة جدا في الأسواق.', 'مزارع', 'منذ 3 ساعات', 'نحتاج إلى دعم حقيقي وليس وعوداً.',
      'المكلا.. مدينة تستحق الأفضل', '10 أبريل 2024', 'بقلم: م. خالد بن شملان'));
    assert.deepEqual(x.record.comments.map((c) => c.author), ['أبو أحمد', 'مزارع']);
  });
  it('should read an avatar drawn as the commenter\'s initial ("م" over "محمد الحوشبي") as no comment title', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'الأربعاء 22 نوفمبر 2023', ...P, 'التعليقات (2)',
      'م', 'محمد الحوشبي', '03 سبتمبر 2023 - 11:20', 'خبر جيد ولكن الأسعار ما زالت مرتفعة جدا في الأسواق.', 'رد',
      'H', 'Hani', '03 سبتمبر 2023 - 19:38', 'نحتاج إلى دعم حقيقي وليس وعوداً.', 'رد'));
    assert.deepEqual(x.record.comments.map((c) => [c.author, c.title]), [['محمد الحوشبي', null], ['Hani', null]]);
  });
  it('should read an update stamped under the text, past its tags ("وسوم:" / tags / "آخر تحديث: …")', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'تاريخ النشر: الخميس 15 أيار 2025 | 10:40', ...P, 'وسوم:', 'الزراعة', 'القمح',
      'آخر تحديث: الجمعة 16 أيار 2025 - 09:20', 'شارك:', 'مواضيع ذات صلة', 'سعر الخبز يرتفع في الأسواق', '14 أيار 2025'));
    assert.equal(x.record.date.published, '2025-05-15T10:40');
    assert.equal(x.record.date.updated, '2025-05-16T09:20');
  });
  it('should read a news agency\'s name alone under the headline ("(أ ف ب)", "وكالات") as the byline', () => {
    for (const agency of ['(أ ف ب)', 'وكالات']) {
      const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', agency, 'الأربعاء 22 نوفمبر 2023', ...P));
      assert.equal(x.record.byline, agency);
    }
  });
  it('should read a section\'s name the menu prints too, over the headline, as no kicker: the deck under the headline is the subtitle', () => {
    const x = extract(['المنتخب يتأهل إلى ربع النهائي بعد فوز صعب على منافسه | الوادي', 'الوادي', 'الرئيسية', 'محليات', 'كأس آسيا 2023', 'اقتصاد', '', 'كأس آسيا 2023', 'المنتخب يتأهل إلى ربع النهائي بعد فوز صعب على منافسه',
      'المدرب: اللاعبون قدموا مباراة كبيرة رغم الإرهاق وسنحضر جيدا للمواجهة المقبلة', 'الخميس 25 يناير 2024', '', ...P].join('\n'));
    assert.equal(x.record.headline, 'المنتخب يتأهل إلى ربع النهائي بعد فوز صعب على منافسه');
    assert.equal(x.record.subtitle, 'المدرب: اللاعبون قدموا مباراة كبيرة رغم الإرهاق وسنحضر جيدا للمواجهة المقبلة');
  });
  it('should drop a joint investigation\'s production notes and an aggregator\'s "عرض الخبر في موقعه الأصلي" link', () => {
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', 'عرض الخبر في موقعه الأصلي ↗', P[0], P[1], P[2], P[3],
      'أُنجز هذا التحقيق بالشراكة بين «الوادي» وإذاعة «صوت الجنوب» الجهوية، في إطار برنامج دعم صحافة البيانات.',
      'يُنشر هذا التحقيق بالتزامن على موقعي «الوادي» و«صوت الجنوب»، ويمكن الاستماع إلى نسخته الصوتية عبر الإذاعة.'));
    assert.deepEqual(x.record.body, P);
    assert.equal(x.record.subtitle, null);
  });
  it('should read a pull quote retold in the first person ("نريد …" for the text\'s "… تريد …") as a copy of the text\'s quotation', () => {
    const SAID = 'وأضاف الوزير أن "الحكومة تريد أن يكون القمح المحلي خيار المطاحن الأول في السنوات المقبلة".';
    const x = extract(page('ارتفاع إنتاج القمح في الموسم الحالي', P[0], SAID, '«نريد أن يكون القمح المحلي خيار المطاحن الأول»', P[1], P[2]));
    assert.deepEqual(x.record.body, [P[0], SAID, P[1], P[2]]);
  });
  it('should take the deck under the headline as the subtitle when a kicker stands over it too', () => {
    const x = extract(['الوادي', 'ارتفاع إنتاج القمح في الموسم الحالي إلى مستوى قياسي - الوادي', 'اقتصاد', 'الديوان الوطني للحبوب', 'ارتفاع إنتاج القمح في الموسم الحالي إلى مستوى قياسي',
      'رغم تراجع الأمطار.. والأسعار العالمية وراء القفزة في العائدات', 'بقلم: سنية الطرابلسي', 'الخميس 25 يناير 2024 - 12:05', '', ...P].join('\n'));
    assert.equal(x.record.headline, 'ارتفاع إنتاج القمح في الموسم الحالي إلى مستوى قياسي');
    assert.equal(x.record.subtitle, 'رغم تراجع الأمطار.. والأسعار العالمية وراء القفزة في العائدات');
  });
});
