// Unit tests for the shared Arabic normaliser: categories in both directions, and no bad collisions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeToken, normalizeText, parseQuery, EMPTY_TOKEN } from '../../src/search/normalize.ts';

const same = (a: string, b: string) => assert.equal(normalizeToken(a), normalizeToken(b), `${a} ≠ ${b}`);

test('should fold wa-/fa- + article onto the bare noun (الجيش, والجيش, فالجيش, وبالجيش, للجيش)', () => {
  for (const w of ['والجيش', 'فالجيش', 'وبالجيش', 'للجيش', 'بالجيش', 'كالجيش']) same('الجيش', w);
  same('جيش', 'الجيش');
});

test('should strip a bare ل or ك when the rest is long enough (لموسكو, كمدرب)', () => {
  same('موسكو', 'لموسكو');
  same('مدرب', 'كمدرب');
  same('فلسطين', 'لفلسطين');
});

test('should fold taa marbuta, alef maqsura, alef forms and hamza seats in both directions', () => {
  same('الخطة', 'الخطه');
  same('مستشفى', 'مستشفي');
  same('مسؤول', 'مسئول');
  same('أحمد', 'احمد');
  same('إسلام', 'اسلام');
  same('آخر', 'اخر');
});

test('should fold Persian/Urdu letters and Arabic-Indic and Persian digits', () => {
  same('کتاب', 'كتاب');
  same('یوم', 'يوم');
  same('۲۰۱۵', '2015');
  same('٢٠١٥', '2015');
});

test('should strip tashkeel, tatweel and surrounding punctuation', () => {
  same('مُحَمَّد', 'محمد');
  same('مـحـمـد', 'محمد');
  same('«الحرب»،', 'حرب');
});

test('should map every whitespace token to exactly one non-empty token', () => {
  const text = 'قال  المسؤول — في بيان: «لن نتراجع»، ۲۰۱۵ U.S.\n\nوالجيش';
  const out = normalizeText(text);
  assert.equal(out.length, text.split(/\s+/).filter(Boolean).length);
  for (const t of out) assert.ok(t.length > 0 && !/\s/.test(t));
  assert.equal(out[2], EMPTY_TOKEN);
});

test('should keep common words that merely start with و ف ب ك ل distinct from each other', () => {
  const words = ['وزير', 'وزارة', 'زار', 'زيارة', 'وكالة', 'كالة', 'ولد', 'لد', 'بيت', 'يت', 'كتب', 'تب', 'كتاب', 'تاب',
    'فريق', 'ريق', 'بلدية', 'لديه', 'بلد', 'لد', 'ولاية', 'لاية', 'بيان', 'يان', 'فيلم', 'يلم', 'كلمة', 'لمة',
    'وطن', 'طن', 'كبير', 'بير', 'لجنة', 'جنة', 'بحر', 'حر', 'فكرة', 'كرة', 'وجه', 'جه', 'فقط', 'قط', 'والد', 'الد',
    'بنك', 'نك', 'لحظة', 'حظه', 'وقت', 'قت', 'كان', 'ان', 'لكن', 'كن', 'بعد', 'عد', 'فوق', 'وق', 'لقاء', 'قاء',
    'الله', 'له', 'الذي', 'ذي', 'التي', 'تي'];
  const seen = new Map<string, string>();
  for (const w of new Set(words)) {
    const n = normalizeToken(w);
    assert.ok(!seen.has(n), `${w} collides with ${seen.get(n)} as ${n}`);
    seen.set(n, w);
  }
});

test('should not strip a clitic-looking letter from short words (وزير, كتب, بيت stay whole)', () => {
  assert.equal(normalizeToken('وزير'), 'وزير');
  assert.equal(normalizeToken('كتب'), 'كتب');
  assert.equal(normalizeToken('بيت'), 'بيت');
  assert.equal(normalizeToken('والد'), 'والد');
});

test('should parse words and quoted phrases, ignoring pure punctuation', () => {
  const q = parseQuery('البيت "الأحمر الكبير" — «حرب غزة»');
  assert.deepEqual(q.terms.map((t) => t.norm), ['بيت', 'احمر', 'كبير', 'حرب', 'غزه']);
  assert.deepEqual(q.phrases, [['احمر', 'كبير'], ['حرب', 'غزه']]);
});
