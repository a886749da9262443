// Generators of raw corpora for the robustness tests: article-like pages built from the real seed
// dumps, every supported encoding, and hostile files (empty, binary, huge, truncated, injections).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.ts';
import { encodeUtf16 } from '../read/encoders.ts';

export interface Seed { name: string; text: string; headline: string; firstParagraph: string }

export function loadSeeds(): Seed[] {
  const dir = path.join(ROOT, 'test/fixtures/seeds');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = f.replace(/\.txt$/, '');
    const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/gold', `${name}.json`), 'utf8'));
    return { name, text: fs.readFileSync(path.join(dir, f), 'utf8'), headline: gold.headline as string, firstParagraph: (gold.body?.[0] ?? '') as string };
  });
}

/** Deterministic PRNG (mulberry32) so a failing corpus can be regenerated. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const WORDS = 'قال وزير الخارجية إن المحادثات مع الجانب الآخر مستمرة وأضاف أن الحكومة تدرس جميع الخيارات المتاحة في ظل التطورات الأخيرة على الأرض'.split(' ');

/** A distinct article from a seed: headline and one body sentence made unique by `n`. */
export function variant(seed: Seed, n: number, headline = `${seed.headline} ${ORDINALS[n % 10]} ${n}`): string {
  const random = rng(n * 7919 + seed.name.length);
  const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  // A unique sentence in every paragraph: bodies must differ by more than a small edit, or the
  // pipeline rightly takes them for near-duplicates of one another.
  const lines = seed.text.split('\n').map((line) => (line.length > 100 ? `${line} ${sentence()} (${n}).` : line));
  return lines.join('\n').replaceAll(seed.headline, headline);
}

/** Lossy single-byte encoder: what an old CMS did with characters its code page lacked. */
export function encodeLegacyLossy(text: string, encoding: 'windows-1256' | 'iso-8859-6'): Uint8Array {
  const d = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) {
    const ch = d.decode(Uint8Array.of(b));
    if (ch !== '\uFFFD') table.set(ch, b);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = table.get(text[i]) ?? 0x3f; // '?'
  return out;
}

export function toHtml(text: string, title: string, extraHead = '', extraBody = ''): string {
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const blocks = text.split(/\n\s*\n/).map((b) => `<div class="block"><p>${b.split('\n').map(esc).join('<br>')}</p></div>`);
  return `<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(title)}</title>${extraHead}` +
    `<script>window.__pwned = 1</script></head>\n<body><nav><ul><li><a href="/">الرئيسية</a></li><li>سياسة</li></ul></nav>` +
    `<main>${blocks.join('\n')}</main>${extraBody}<footer>جميع الحقوق محفوظة</footer></body></html>`;
}

/** Headlines and comment lines that try to break out of YAML, Markdown, HTML or templates. */
export const INJECTIONS = [
  '<script>window.__pwned=1</script> عنوان مسموم',
  '--- title: pwned --- عنوان',
  '{{ window.__pwned }} {% raw %} ${window.__pwned=1} عنوان',
  '[انقر هنا](javascript:window.__pwned=1) عنوان',
  '<img src=x onerror="window.__pwned=1;alert(1)"> عنوان',
  '" onmouseover="window.__pwned=1" data-x=" عنوان',
  '</title><script>window.__pwned=1</script><title> عنوان',
  '<svg onload=window.__pwned=1><!-- عنوان -->',
  "headline: 'pwned'\nsource: {name: pwned} عنوان",
  '# عنوان <iframe src="javascript:alert(1)"></iframe> ![x](javascript:alert(1))',
];

export interface GenFile {
  rel: string;
  /** What the test expects: 'kept' = article or duplicate; 'rejected' with a reason; 'any'. */
  expect: 'kept' | 'rejected' | 'any';
  reason?: RegExp;
  injected?: boolean;
}

const write = (dir: string, rel: string, bytes: Uint8Array | string) => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
};

/** Write the hostile corpus into `<corpus>/raw/`; returns what each file is for. */
export function writeHostileCorpus(corpus: string, normalCount = 400): GenFile[] {
  const raw = path.join(corpus, 'raw');
  const seeds = loadSeeds();
  const files: GenFile[] = [];
  const add = (rel: string, bytes: Uint8Array | string, spec: Omit<GenFile, 'rel'>) => {
    write(raw, rel, bytes);
    files.push({ rel, ...spec });
  };
  let n = 1000;

  // Many normal article-like pages, spread over sub-folders like a crawler leaves them.
  for (let i = 0; i < normalCount; i++) {
    const seed = seeds[i % seeds.length];
    add(`news/${seed.name.slice(0, 3)}/${String(i).padStart(4, '0')}.txt`, variant(seed, i), { expect: 'kept' });
  }

  // Every supported encoding and line-ending convention.
  for (const seed of seeds) {
    const t = (k: number) => variant(seed, n + k);
    add(`enc/${seed.name}-utf8-bom.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t(1))]), { expect: 'kept' });
    add(`enc/${seed.name}-utf16le.txt`, encodeUtf16(t(2), 'utf-16le'), { expect: 'kept' });
    add(`enc/${seed.name}-utf16be.txt`, encodeUtf16(t(3), 'utf-16be'), { expect: 'kept' });
    add(`enc/${seed.name}-cp1256.txt`, encodeLegacyLossy(t(4), 'windows-1256'), { expect: 'kept' });
    add(`enc/${seed.name}-iso8859-6.txt`, encodeLegacyLossy(t(5), 'iso-8859-6'), { expect: 'kept' });
    add(`enc/${seed.name}-crlf.txt`, t(6).replaceAll('\n', '\r\n'), { expect: 'kept' });
    add(`enc/${seed.name}-cr.txt`, t(7).replaceAll('\n', '\r'), { expect: 'kept' });
    add(`enc/${seed.name}-zero-width.txt`, t(8).replaceAll(' ', ' \u200b').replaceAll('\n', '\u200f\n'), { expect: 'kept' });
    const html = toHtml(t(9), `${seed.headline} ${n + 9}`, '<meta property="og:site_name" content="موقع الأخبار">');
    add(`html/${seed.name}.html`, html, { expect: 'kept' });
    add(`html/${seed.name}-cp1256.htm`, encodeLegacyLossy(toHtml(t(10), 'عنوان').replace('utf-8', 'windows-1256'), 'windows-1256'), { expect: 'kept' });
    add(`html/${seed.name}-saved-as.txt`, toHtml(t(11), 'عنوان'), { expect: 'kept' });
    n += 20;
  }

  // Injections: in the headline, as a whole block of lines, in comments and in HTML pages.
  seeds.forEach((seed, s) => {
    INJECTIONS.forEach((inj, k) => {
      const id = `${s}-${k}`;
      const headline = inj.replaceAll('\n', ' ') + ` ${id}`;
      add(`inject/headline-${id}.txt`, variant(seed, 5000 + s * 100 + k, headline), { expect: 'kept', injected: true });
      const withLines = `---\ntitle: pwned\nlayout: evil\n---\n${inj}\n\n` + variant(seed, 6000 + s * 100 + k) + `\n\n${inj}\n{{ pwned }}`;
      add(`inject/lines-${id}.txt`, withLines, { expect: 'kept', injected: true });
    });
    const evilHtml = toHtml(variant(seed, 7000 + s), `</title><script>window.__pwned=1</script>${seed.headline}`,
      '<meta property="og:site_name" content="&lt;script&gt;window.__pwned=1&lt;/script&gt;"><link rel=canonical href="javascript:alert(1)">',
      '<p onclick="window.__pwned=1">نص <a href="javascript:window.__pwned=1">رابط</a></p><iframe src="javascript:window.__pwned=1"></iframe>');
    add(`inject/page-${s}.html`, evilHtml, { expect: 'kept', injected: true });
  });

  // Files that must be rejected, each with its reason.
  const seed = seeds[0];
  const utf8Bytes = Buffer.from(variant(seed, 9001));
  add('bad/empty.txt', '', { expect: 'rejected', reason: /empty/ });
  add('bad/whitespace.txt', ' \n\n\t \r\n \u00a0 ', { expect: 'rejected', reason: /empty/ });
  add('bad/bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), { expect: 'rejected', reason: /empty/ });
  add('bad/zero-width-only.txt', '\u200b\u200f\n\u2066\u2069', { expect: 'rejected', reason: /empty/ });
  const random = rng(7);
  add('bad/binary.txt', Uint8Array.from({ length: 20000 }, () => Math.floor(random() * 256)), { expect: 'rejected', reason: /binary/ });
  add('bad/image.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 7)]), { expect: 'rejected', reason: /binary/ });
  add('bad/document.txt', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), { expect: 'rejected', reason: /binary/ });
  add('bad/controls.txt', Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07\x08'.repeat(200)), { expect: 'rejected', reason: /binary/ });
  add('bad/latin1.txt', Buffer.from('Le café était très bon à côté de la forêt.\n'.repeat(20), 'latin1'), { expect: 'rejected', reason: /not UTF-8/ });
  add('bad/invalid-utf8.txt', Buffer.concat([utf8Bytes.subarray(0, 500), Buffer.from([0xff, 0xfe, 0xc0]), utf8Bytes.subarray(500)]), { expect: 'rejected', reason: /not UTF-8/ });
  add('bad/utf16-no-bom.txt', encodeUtf16(variant(seed, 9002), 'utf-16le', false), { expect: 'rejected', reason: /UTF-16/ });
  add('bad/no-text.html', '<html><body><script>window.__pwned=1</script><div></div></body></html>', { expect: 'rejected', reason: /no visible text/ });
  // 50 MB: written in one go from a repeated chunk; must be refused by size, quickly.
  add('bad/huge-50mb.txt', Buffer.alloc(50 * 1024 * 1024, Buffer.from('سطر من نص طويل جداً\n')), { expect: 'rejected', reason: /too large/ });

  // Odd but readable files: the outcome is up to the extractor; they must just not break the run.
  const truncated = Buffer.from(variant(seed, 9003) + ' ع');
  add('odd/truncated-utf8.txt', truncated.subarray(0, truncated.length - 1), { expect: 'kept' });
  add('odd/one-line.txt', variant(seed, 9004).replaceAll('\n', ' '), { expect: 'any' });
  add('odd/100k-lines.txt', Array.from({ length: 100_000 }, (_, i) => `سطر رقم ${i} ${WORDS[i % WORDS.length]}`).join('\n'), { expect: 'any' });
  add('odd/long-line.txt', `${seed.headline}\n\n${'كلمة '.repeat(200_000)}`, { expect: 'any' });
  add('odd/deep.html', '<html><body>' + '<div>'.repeat(100_000) + variant(seed, 9005) + '</div>'.repeat(10), { expect: 'any' });
  add('odd/huge-attr.html', `<html><body><p title="${'ا'.repeat(1_000_000)}">${variant(seed, 9006)}</p>`, { expect: 'any' });
  add('odd/unclosed.html', `<html><head><title>${seed.headline} 9007<body><p>${variant(seed, 9007).replaceAll('\n\n', '<p>')}<div><span><b>`, { expect: 'any' });
  add('odd/ملف باسم عربي (نسخة).txt', variant(seed, 9008), { expect: 'kept' });
  add('odd/no-extension', variant(seed, 9009), { expect: 'any' });
  add('dup/copy-a.txt', variant(seed, 9010), { expect: 'kept' });
  add('dup/copy-b.txt', variant(seed, 9010), { expect: 'kept' });
  return files;
}

/** A large plain corpus for the crash test: `count` distinct article-like dumps. */
export function writePlainCorpus(corpus: string, count: number): void {
  const seeds = loadSeeds();
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    write(path.join(corpus, 'raw'), `batch-${Math.floor(i / 500)}/${String(i).padStart(5, '0')}.txt`, variant(seed, i));
  }
}
