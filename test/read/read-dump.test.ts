import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDump, MAX_RAW_BYTES, sizeRejection, type ReadResult } from '../../src/ingest/read/index.ts';
import { arabicPlausibility } from '../../src/ingest/read/decode.ts';
import { encodeLegacy, encodeUtf16, utf8, concat } from './encoders.ts';

// Uses letters that differ between windows-1256 and ISO-8859-6 (ط ظ ع غ ف ق ك ل م ن ه و ى ي),
// harakat, tatweel and Arabic punctuation: all representable in both legacy encodings.
const ARTICLE = [
  'واشنطن منفتحة على محادثات مع موسكو بشأن سوريا',
  '',
  'قال المتحدث باسم البيت الأبيض، يوم الخميس، إن الولايات المتحدة قد تكون مستعدة لقبول العرض.',
  'هل تنجح المحادثات؟ ظهر غياب ضوء الطريق؛ وعلّق الحوار العسكري منذ العام 2014.',
  '',
  'شُعَبٌ وذئبٌ ومؤتمرٌ ومسئولة ـ نهاية',
].join('\n');

function ok(r: ReadResult): Extract<ReadResult, { ok: true }> {
  assert.ok(r.ok, `expected ok, got ${JSON.stringify(r)}`);
  return r;
}
function rejected(r: ReadResult): string {
  assert.ok(!r.ok, `expected a rejection, got ${JSON.stringify(r).slice(0, 300)}`);
  return r.reason;
}

describe('readDump: encodings', () => {
  const cases: { name: string; bytes: Uint8Array; encoding: string; file?: string }[] = [
    { name: 'UTF-8 without BOM', bytes: utf8(ARTICLE), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: concat([0xef, 0xbb, 0xbf], utf8(ARTICLE)), encoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', bytes: encodeUtf16(ARTICLE, 'utf-16le'), encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: encodeUtf16(ARTICLE, 'utf-16be'), encoding: 'utf-16be' },
    { name: 'windows-1256', bytes: encodeLegacy(ARTICLE, 'windows-1256'), encoding: 'windows-1256' },
    { name: 'ISO-8859-6', bytes: encodeLegacy(ARTICLE, 'iso-8859-6'), encoding: 'iso-8859-6' },
    { name: 'windows-1256 with CRLF', bytes: encodeLegacy(ARTICLE.replaceAll('\n', '\r\n'), 'windows-1256'), encoding: 'windows-1256' },
    { name: 'ISO-8859-6 with CR only', bytes: encodeLegacy(ARTICLE.replaceAll('\n', '\r'), 'iso-8859-6'), encoding: 'iso-8859-6' },
  ];
  for (const c of cases) {
    it(`should decode ${c.name} to the exact Arabic text`, () => {
      const r = ok(readDump(c.bytes, c.file ?? 'page.txt'));
      assert.equal(r.encoding, c.encoding);
      assert.equal(r.format, 'text');
      assert.equal(r.text, ARTICLE);
      assert.deepEqual(r.warnings, []);
    });
  }

  it('should pick windows-1256 for text using only letters both legacy encodings share', () => {
    const shared = 'سبب حرب ثابت درج رصد'; // letters 0xC1–0xD6 only: identical bytes in both
    const bytes = encodeLegacy(shared, 'windows-1256');
    assert.deepEqual(bytes, encodeLegacy(shared, 'iso-8859-6'));
    const r = ok(readDump(bytes, 'a.txt'));
    assert.equal(r.encoding, 'windows-1256');
    assert.equal(r.text, shared);
  });

  it('should follow an HTML meta charset of ISO-8859-6 when the bytes fit both legacy encodings', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6"><title>سبب</title></head><body><p>حرب ثابت درج</p></body></html>';
    const r = ok(readDump(encodeLegacy(html, 'iso-8859-6'), 'a.html'));
    assert.equal(r.encoding, 'iso-8859-6');
    assert.equal(r.text, 'سبب\n\nحرب ثابت درج');
  });

  it('should trust the bytes over a wrong meta charset', () => {
    const html = `<html><head><meta charset="iso-8859-6"><title>عنوان</title></head><body><p>${ARTICLE}</p></body></html>`;
    const asUtf8 = ok(readDump(utf8(html), 'a.html'));
    assert.equal(asUtf8.encoding, 'utf-8');
    const as1256 = ok(readDump(encodeLegacy(html, 'windows-1256'), 'a.html'));
    assert.equal(as1256.encoding, 'windows-1256');
    assert.match(as1256.warnings.join(), /declared charset iso-8859-6/);
    assert.match(as1256.text, /واشنطن منفتحة/);
  });

  it('should reject Latin-1 text instead of decoding it as Arabic mojibake', () => {
    const bytes = encodeLegacy('Le café était très bon, à côté de la forêt.', 'windows-1256');
    assert.match(rejected(readDump(bytes, 'fr.txt')), /not UTF-8, UTF-16, windows-1256 or ISO-8859-6/);
    assert.match(rejected(readDump(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'cafe.txt')), /not UTF-8/);
  });

  it('should reject UTF-8 with an invalid byte in the middle', () => {
    const good = utf8(ARTICLE);
    const bytes = concat(good.subarray(0, 40), [0xff], good.subarray(40));
    assert.match(rejected(readDump(bytes, 'bad.txt')), /not UTF-8, UTF-16, windows-1256 or ISO-8859-6/);
  });

  it('should accept UTF-8 cut in the middle of its last character with a warning', () => {
    const good = utf8(ARTICLE + 'ع');
    const cut = good.subarray(0, good.length - 1); // ع is two bytes: keep its lead byte only
    const r = ok(readDump(cut, 'cut.txt'));
    assert.equal(r.encoding, 'utf-8');
    assert.equal(r.text, ARTICLE);
    assert.match(r.warnings.join(), /truncated UTF-8/);
  });

  it('should accept UTF-16 with an odd trailing byte with a warning', () => {
    const bytes = concat(encodeUtf16(ARTICLE, 'utf-16le'), [0x41]);
    const r = ok(readDump(bytes, 'odd.txt'));
    assert.equal(r.text, ARTICLE);
    assert.match(r.warnings.join(), /truncated UTF-16/);
  });

  it('should reject UTF-16 without a byte order mark with that reason', () => {
    assert.equal(rejected(readDump(encodeUtf16(ARTICLE, 'utf-16le', false), 'nobom.txt')), 'UTF-16 without byte order mark');
    assert.equal(rejected(readDump(encodeUtf16(ARTICLE, 'utf-16be', false), 'nobom.txt')), 'UTF-16 without byte order mark');
  });

  it('should reject UTF-16 with unpaired surrogates', () => {
    const bytes = concat([0xff, 0xfe], [0x27, 0x06, 0x00, 0xd8, 0x27, 0x06]);
    assert.match(rejected(readDump(bytes, 'x.txt')), /invalid UTF-16 LE/);
  });

  it('should score real Arabic as plausible and mojibake as implausible', () => {
    assert.equal(arabicPlausibility(ARTICLE), 1);
    const mojibake = new TextDecoder('windows-1256').decode(utf8(ARTICLE));
    assert.ok(arabicPlausibility(mojibake) < 0.7, String(arabicPlausibility(mojibake)));
    const isoAs1256 = new TextDecoder('windows-1256').decode(encodeLegacy(ARTICLE, 'iso-8859-6'));
    assert.ok(arabicPlausibility(isoAs1256) < 0.9, String(arabicPlausibility(isoAs1256)));
    assert.equal(arabicPlausibility('plain ascii'), 0);
  });
});

describe('readDump: binary, empty and oversized files', () => {
  it('should reject content with NUL bytes as binary', () => {
    assert.equal(rejected(readDump(concat(utf8('نص'), [0, 1, 2, 3], utf8('نص')), 'x.txt')), 'binary content (NUL bytes)');
  });

  it('should name well-known binary formats', () => {
    assert.equal(rejected(readDump(concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('x')), 'a.txt')), 'binary content (PNG)');
    assert.equal(rejected(readDump(utf8('%PDF-1.4\nstream'), 'a.txt')), 'binary content (PDF)');
    assert.equal(rejected(readDump(Uint8Array.from([0x1f, 0x8b, 8, 0, 0x41]), 'a.txt.gz')), 'binary content (gzip)');
  });

  it('should reject text made mostly of control characters as binary', () => {
    const junk = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    assert.equal(rejected(readDump(Uint8Array.from(junk), 'x.txt')), 'binary content (control characters)');
  });

  it('should reject random bytes without NULs', () => {
    let seed = 42;
    const bytes = Uint8Array.from({ length: 5000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % 255 + 1);
    assert.ok(!readDump(bytes, 'random.txt').ok);
  });

  for (const [name, bytes] of [
    ['a zero-byte file', new Uint8Array(0)],
    ['a whitespace-only file', utf8(' \n\t\r\n  \u00a0\n')],
    ['a BOM-only file', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['a UTF-16 BOM-only file', Uint8Array.from([0xff, 0xfe])],
    ['a file of zero-width and bidi characters only', utf8('\u200b\u200f\n\u202b\u202c\ufeff')],
  ] as const) {
    it(`should reject ${name} as empty`, () => {
      assert.equal(rejected(readDump(bytes, 'e.txt')), 'empty file');
    });
  }

  it('should reject HTML without visible text', () => {
    assert.equal(rejected(readDump(utf8('<html><body><script>x()</script><div> </div></body></html>'), 'e.html')), 'no visible text in HTML');
  });

  it('should reject files larger than MAX_RAW_BYTES with their size', () => {
    const reason = rejected(readDump(new Uint8Array(MAX_RAW_BYTES + 1), 'big.txt'));
    assert.match(reason, /too large: 20\.0 MB \(20971521 bytes; limit 20\.0 MB\)/);
    assert.equal(sizeRejection(50 * 1024 * 1024), 'file too large: 50.0 MB (52428800 bytes; limit 20.0 MB)');
    assert.equal(sizeRejection(MAX_RAW_BYTES), null);
  });
});

describe('readDump: normalisation', () => {
  it('should turn CRLF, CR and other line separators into LF', () => {
    const r = ok(readDump(utf8('سطر أول\r\nسطر ثان\rسطر ثالث\u2028سطر رابع\fخامس'), 'a.txt'));
    assert.equal(r.text, 'سطر أول\nسطر ثان\nسطر ثالث\nسطر رابع\nخامس');
  });

  it('should strip zero-width characters and bidi controls but keep the letters', () => {
    const r = ok(readDump(utf8('\ufeff\u200fقال\u200b الوزير\u200c\u200d \u202bإن\u202c \u2066المحادثات\u2069\u2060 \u061cمستمرة\u200e'), 'a.txt'));
    assert.equal(r.text, 'قال الوزير إن المحادثات مستمرة');
  });

  it('should turn NBSP into a space and remove stray control characters with a warning', () => {
    const r = ok(readDump(utf8('قال\u00a0الوزير\x07 اليوم\x1b\tنعم\x7f\u0085ثم'), 'a.txt'));
    assert.equal(r.text, 'قال الوزير اليوم\tنعم\nثم');
    assert.deepEqual(r.warnings, ['3 control characters removed']);
  });

  it('should trim lines and outer blank lines but keep inner blank lines and the text verbatim', () => {
    const input = '\n\n   العنوان   \n\n\n  فقرةٌ ـ «مقتبسة» (2015) … \u00ab\u00bb!  \n\n';
    assert.equal(ok(readDump(utf8(input), 'a.txt')).text, 'العنوان\n\n\nفقرةٌ ـ «مقتبسة» (2015) … «»!');
  });

  it('should keep a text dump verbatim when it has nothing to normalise', () => {
    const r = ok(readDump(utf8(ARTICLE), 'a.txt'));
    assert.equal(r.text, ARTICLE);
  });

  it('should keep script-like, Markdown and YAML text in a .txt dump as plain text', () => {
    const hostile = '---\ntitle: x\n---\n<script>window.__pwned=1</script>\n{{ 7*7 }}\n[نقر](javascript:alert(1))';
    const r = ok(readDump(utf8(hostile), 'a.txt'));
    assert.equal(r.format, 'text');
    assert.equal(r.text, hostile);
  });

  it('should not modify the input bytes and give the same result twice', () => {
    const bytes = utf8('a\r\n\u200bب\u00a0');
    const copy = bytes.slice();
    const a = readDump(bytes, 'a.txt');
    assert.deepEqual(readDump(bytes, 'a.txt'), a);
    assert.deepEqual(bytes, copy);
  });
});

describe('readDump: speed', () => {
  it('should read typical 15 KB dumps at well over 2,000 files per second', () => {
    // Distinct buffers so nothing is cached; one in ten has CRLF and NBSP to exercise the slow path.
    const files = Array.from({ length: 2000 }, (_, i) => {
      const body = Array.from({ length: 30 }, (_, j) => `${ARTICLE}\n${i}-${j}`).join('\n\n');
      return utf8(i % 10 === 0 ? body.replaceAll('\n', '\r\n').replaceAll(' ', '\u00a0') : body);
    });
    assert.ok(files[1].length > 12_000 && files[1].length < 20_000, String(files[1].length));
    for (const f of files.slice(0, 100)) readDump(f, 'warm.txt');
    const t0 = performance.now();
    for (const f of files) assert.ok(readDump(f, 'a.txt').ok);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `2,000 files took ${ms.toFixed(0)} ms`);
  });

  it('should decode HTML character references a text dump kept, but leave a lone "&" phrase alone', () => {
    const r = readDump(Buffer.from('عنوان &quot;الخبر&quot; &ndash; الموقع\n\nنص&nbsp;الخبر &#1575;\n\nAT&T;'), 'a.txt');
    assert.ok(r.ok);
    assert.equal(r.text.split('\n')[0], 'عنوان "الخبر" – الموقع');
    const lone = readDump(Buffer.from('شركة AT&T; تعلن\n\nنص'), 'b.txt');
    assert.ok(lone.ok);
    assert.match(lone.text, /AT&T;/);
  });
});
