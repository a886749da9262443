// Deterministic, realistic raw-corpus generator for the benchmark (issue 8). Each page is an article
// wrapped in one of several site layouts modelled on corpus/raw (menus, tickers, kicker + headline,
// byline, date lines in varied Arabic forms, comments, "most read" boxes, footers, domain lines).
// Page i depends only on (seed, i): pages can be generated in any order, and any subset reproduced.
// Each page also returns what a correct extractor should find on it (`truth`), so the generator
// doubles as an extraction fixture (test/bench/generate.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { streamFor, type Rng } from './prng.ts';
import * as W from './words.ts';

export interface Outlet { domain: string; name: string }

export interface PageTruth {
  headline: string;
  /** YYYY-MM-DD (plus THH:MM when the page prints a time), or null for an undated page. */
  published: string | null;
  domain: string;
  sourceName: string;
  comments: number;
  /** Index of the page whose article this page repeats under other chrome, or null. */
  duplicateOf: number | null;
  style: string;
  firstParagraph: string;
}

export interface Page { name: string; text: string; truth: PageTruth }

export interface GenerateOptions {
  seed?: number;
  /** Share of pages without any date (default 0.06). */
  undated?: number;
  /** Share of pages repeating an earlier article under other chrome (default 0.03). */
  duplicates?: number;
  /** Years the dated pages fall in (inclusive). */
  years?: [number, number];
}

const DEFAULTS = { seed: 8, undated: 0.06, duplicates: 0.03, years: [2003, 2024] as [number, number] };

let outletsCache: Outlet[] | null = null;
export function outlets(): Outlet[] {
  if (!outletsCache) {
    const file = path.resolve(import.meta.dirname, '../knowledge/outlets.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { outlets: Outlet[] };
    outletsCache = json.outlets.map((o) => ({ domain: o.domain, name: o.name }));
  }
  return outletsCache;
}

// ---------- words, names, sentences ----------

const CLITICS = ['و', 'ب', 'ل', 'ف', 'وب', 'ول'];
function clitic(r: Rng, w: string): string {
  if (!r.chance(0.25)) return w;
  const c = r.pick(CLITICS);
  if (w.startsWith('ال') && c.endsWith('ل')) return c + w.slice(1); // ل + الـ → لل
  return c + w;
}

function rareName(r: Rng): string {
  let s = '';
  for (let n = r.int(2, 3); n > 0; n--) s += r.pick(W.SYLLABLES);
  return s + r.pick(['', 'ي', 'ان', 'ون', 'ة']);
}

function person(r: Rng): string {
  const first = r.chance(0.15) ? rareName(r) : r.pick(W.FIRST_NAMES);
  const last = r.chance(0.2) ? 'ال' + rareName(r) : r.pick(W.FAMILY_NAMES);
  return `${first} ${last}`;
}

function place(r: Rng): string { return r.chance(0.1) ? rareName(r) : r.pick(W.PLACES); }

function nounPhrase(r: Rng): string {
  const n = clitic(r, r.pick(W.NOUNS));
  const x = r.next();
  if (x < 0.35) return `${n} ${r.pick(W.ADJECTIVES)}`;
  if (x < 0.6) return `${n} ال${r.pick(W.NOUNS).replace(/^ال/, '')}`;
  if (x < 0.75) return `${n} ${r.pick(W.COUNTRIES)}`;
  return n;
}

function num(r: Rng): string {
  const x = r.next();
  if (x < 0.4) return String(r.int(2, 99));
  if (x < 0.8) return String(r.int(100, 9999));
  return `${r.int(1, 99)}.${r.int(1, 9)}`;
}

function sentence(r: Rng): string {
  switch (r.int(0, 6)) {
    case 0: return `${r.pick(W.VERBS_PAST)} ${r.pick(W.TITLES)} ${person(r)} ${r.pick(W.TIME_WORDS)} أن ${nounPhrase(r)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)} في ${place(r)}.`;
    case 1: return `${r.pick(W.CONNECTORS)}، ${r.pick(W.VERBS_PAST)} ${r.pick(W.ORGS)} في بيان أن ${nounPhrase(r)} ${r.pick(W.VERBS_PRESENT)} ${num(r)} ${r.pick(W.UNITS)}.`;
    case 2: return `و${r.pick(W.VERBS_PAST)} ${person(r)}، ${r.pick(W.TITLES)}، إن "${nounPhrase(r)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)} ${r.pick(W.ADJECTIVES)}".`;
    case 3: return `${r.pick(W.VERBS_PRESENT)} ${r.pick(W.COUNTRIES)} ${nounPhrase(r)} بقيمة ${num(r)} ${r.pick(W.UNITS)} ${r.pick(W.TIME_WORDS)}، بحسب ${r.pick(W.ORGS)}.`;
    case 4: return `وتأتي ${nounPhrase(r)} بعد ${nounPhrase(r)} في ${place(r)} و${place(r)}، حيث ${r.pick(W.VERBS_PAST)} ${nounPhrase(r)} نحو ${num(r)} ${r.pick(W.UNITS)}.`;
    case 5: return `${r.pick(W.CONNECTORS)}، ${r.pick(W.VERBS_PAST)} ${person(r)} مع ${r.pick(W.TITLES)} ${person(r)} ${nounPhrase(r)} و${nounPhrase(r)} في ${place(r)}.`;
    default: return `وأشار ${r.pick(W.ORGS)} إلى أن ${nounPhrase(r)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)} منذ ${r.int(2, 30)} عاما، مؤكدا أن ${nounPhrase(r)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)}.`;
  }
}

function headline(r: Rng): string {
  switch (r.int(0, 3)) {
    case 0: return `${r.pick(W.COUNTRIES)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)} مع ${r.pick(W.COUNTRIES)} في ${place(r)}`;
    case 1: return `${r.pick(W.ORGS)}: ${nounPhrase(r)} ${r.pick(W.VERBS_PRESENT)} ${num(r)} ${r.pick(W.UNITS)}`;
    case 2: return `${person(r)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)} قبل ${nounPhrase(r)}`;
    default: return `${nounPhrase(r)} في ${place(r)} ${r.pick(W.VERBS_PRESENT)} ${nounPhrase(r)}`;
  }
}

// ---------- dates ----------

const hijriFmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
function hijri(d: Date): string {
  const p = Object.fromEntries(hijriFmt.formatToParts(d).map((x) => [x.type, x.value]));
  return `${String(p.day).padStart(2, '0')} ${W.HIJRI_MONTHS[Number(p.month) - 1]} ${parseInt(String(p.year), 10)}هـ`;
}
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The article's date as one page shows it: several real-world forms. */
function dateLine(r: Rng, d: Date): { text: string; iso: string } {
  const t = dateText(r, d);
  const m = t.match(/ (\d\d):(\d\d)$/);
  return { text: t, iso: iso(d) + (m ? `T${m[1]}:${m[2]}` : '') };
}

function dateText(r: Rng, d: Date): string {
  const day = d.getUTCDate(), m = d.getUTCMonth(), y = d.getUTCFullYear(), wd = W.WEEKDAYS[d.getUTCDay()];
  const hh = pad(r.int(0, 23)), mm = pad(r.int(0, 59));
  switch (r.int(0, 6)) {
    case 0: return `العدد ${r.int(100, 9999)} - ${wd} ${pad(day)} ${W.GREG_MONTHS[m]} ${y}م الموافق ${hijri(d)}`;
    case 1: return `نشر في: ${day} ${W.GREG_MONTHS[m]} ${y}`;
    case 2: return `${wd}، ${day} ${W.LEVANT_MONTHS[m]}/${W.GREG_MONTHS[m]} ${y}`;
    case 3: return `${y}/${pad(m + 1)}/${pad(day)} ${hh}:${mm}`;
    case 4: return `نشر بتاريخ: ${day} ${W.LEVANT_MONTHS[m]} ${y}`;
    case 5: return `تاريخ النشر: ${pad(day)}-${pad(m + 1)}-${y}`;
    default: return `${wd} ${day} ${W.GREG_MONTHS[m]} ${y} - ${hh}:${mm}`;
  }
}

// ---------- the article (content only: shared by a page and its duplicates) ----------

interface Content {
  headline: string; kicker: string; city: string; author: string;
  paragraphs: string[]; subheads: Map<number, string>; date: Date | null;
}

function content(seed: number, i: number, o: typeof DEFAULTS): Content {
  const r = streamFor(seed, i, 1);
  const paragraphs: string[] = [];
  for (let p = r.int(4, 10); p > 0; p--) {
    let s = '';
    for (let n = r.int(2, 4); n > 0; n--) s += (s ? ' ' : '') + sentence(r);
    paragraphs.push(s);
  }
  const subheads = new Map<number, string>();
  if (paragraphs.length > 5 && r.chance(0.4)) subheads.set(r.int(2, paragraphs.length - 2), `${r.pick(W.NOUNS)} ${r.pick(W.ADJECTIVES)}`);
  const [y0, y1] = o.years;
  // more pages in recent years, like a real archive
  const year = y1 - Math.floor((y1 - y0 + 1) * Math.pow(r.next(), 1.6));
  const date = r.chance(o.undated) ? null : new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28)));
  return {
    headline: headline(r), kicker: `${r.pick(W.NOUNS)} ${r.pick(W.ADJECTIVES)} في ${place(r)}`,
    city: r.pick(W.PLACES), author: person(r), paragraphs, subheads, date,
  };
}

function comments(r: Rng, n: number): { name: string; text: string; title: string; age: string }[] {
  const out = [];
  for (let k = 0; k < n; k++) {
    let text = '';
    for (let s = r.int(1, 3); s > 0; s--) text += (text ? ' ' : '') + sentence(r);
    out.push({ name: r.chance(0.3) ? r.pick(W.FIRST_NAMES) : person(r), text, title: `${r.pick(W.NOUNS)} ${r.pick(W.ADJECTIVES)}`, age: `منذ ${r.int(2, 11)} ${r.pick(['سنوات', 'أشهر', 'أيام', 'ساعات'])}` });
  }
  return out;
}

// ---------- page layouts ----------

function otherHeadlines(r: Rng, n: number): string[] {
  return Array.from({ length: n }, () => headline(r));
}

function pageFor(seed: number, i: number, o: typeof DEFAULTS): Page {
  const r = streamFor(seed, i, 2);
  let dupOf: number | null = null;
  if (i > 10 && r.chance(o.duplicates)) dupOf = r.int(0, i - 1);
  const c = content(seed, dupOf ?? i, o);
  const all = outlets();
  const outlet = all[Math.floor(Math.pow(r.next(), 1.3) * all.length)]; // a few big outlets dominate
  const style = r.pick(['elaph', 'arabi21', 'wasat', 'erem', 'maghrib']);
  const nComments = style !== 'maghrib' && r.chance(0.45) ? r.int(1, 8) : 0; // that layout shows only the form
  const cs = comments(r, nComments);
  const body = c.paragraphs.flatMap((p, k) => (c.subheads.has(k) ? [c.subheads.get(k)!, '', p] : [p]));
  const L: string[] = [];
  const blank = () => L.push('');
  const dl = c.date ? dateLine(r, c.date) : null;
  const date = dl?.text ?? null;
  const footer = () => {
    blank(); L.push('الأكثر قراءة'); blank();
    for (const h of otherHeadlines(r, r.int(3, 6))) { L.push(h); blank(); }
    L.push(`© ${c.date ? c.date.getUTCFullYear() : 2020} ${outlet.name}. جميع الحقوق محفوظة`);
    L.push(`www.${outlet.domain}`);
  };
  switch (style) {
    case 'elaph': {
      L.push(r.pick(W.SECTIONS)); blank(); L.push(c.kicker); blank(); L.push(c.headline); blank();
      if (date) { L.push(date); blank(); }
      L.push('-', 'قراؤنا من مستخدمي إنستجرام', 'يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال حسابنا على إنستجرام', 'إضغط هنا للإشتراك'); blank();
      L.push(`${c.city}: ${body[0]}`); blank();
      for (const p of body.slice(1)) { L.push(p); blank(); }
      if (cs.length) {
        L.push('التعليقات'); blank();
        L.push(`جميع التعليقات المنشورة تعبر عن رأي كتّابها ولا تعبر بالضرورة عن رأي ${outlet.name}`);
        for (const x of cs) { L.push(x.title, `${x.name} -`); blank(); L.push(x.text); blank(); }
      }
      footer();
      break;
    }
    case 'arabi21': {
      L.push(c.headline); blank(); L.push(c.headline);
      if (date) L.push(date);
      for (const p of body) { L.push(p); blank(); }
      if (cs.length) {
        L.push(`التعليقات (${cs.length})`); blank();
        for (const x of cs) { L.push(`    ${x.name}`); blank(); L.push(`    ·${x.age}`); L.push(`    ${x.text}`); blank(); }
        L.push(String(cs.length)); blank();
      }
      footer();
      break;
    }
    case 'wasat': {
      if (date) { L.push(date); blank(); }
      L.push(c.headline); blank(); L.push(`${outlet.name} – ${c.author} `); blank();
      for (const p of body) { L.push(p); blank(); }
      L.push(' ', ''); blank();
      L.push('التعليقات', 'تنويه : التعليقات لا تعبر عن رأي الصحيفة'); blank();
      for (const x of cs) { L.push(x.name); L.push(`·${x.age}`); L.push(x.text); blank(); }
      L.push('  • أضف تعليق أنت تعلق كزائر، لتتمكن من التعليق بـ3000 حرف قم بـتسجيل عضوية', '    اكتب رمز الأمان'); blank();
      L.push('اقرأ ايضاً'); blank();
      for (const h of otherHeadlines(r, 3)) { L.push(h); blank(); }
      L.push(`جميع الحقوق محفوظة لـ${outlet.name} © ${c.date ? c.date.getUTCFullYear() : 2020}`);
      L.push(`www.${outlet.domain}`);
      break;
    }
    case 'erem': {
      L.push(c.headline); L.push(c.headline + c.headline); blank(); L.push(c.headline); blank();
      if (date) { L.push(date); blank(); }
      L.push(`${c.city}- ${body[0]}`); blank();
      for (const p of body.slice(1)) { L.push(p); blank(); }
      if (cs.length) {
        L.push(`التعليقات (${cs.length})`); blank();
        for (const x of cs) { L.push(x.name); L.push(`·${x.age}`); L.push(x.text); blank(); }
      }
      blank(); L.push('الأكثر قراءة'); blank(); L.push('No stories found.'); blank(); blank();
      L.push('logo', outlet.name, `www.${outlet.domain}`);
      break;
    }
    default: { // maghrib: ticker, site-name prefix lines, GMT dates
      L.push(c.headline); L.push(`آخر تحديث GMT ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`);
      L.push(`${outlet.name} -`); L.push(otherHeadlines(r, 8).join(' ')); L.push('أخر الأخبار'); blank();
      L.push(c.kicker); blank(); L.push(c.headline); blank(); L.push(`${outlet.name} -`); blank();
      L.push(`${outlet.name} - ${c.headline}`); blank();
      L.push(`${c.city} - ${c.author}`);
      if (date) L.push(date);
      blank();
      for (const p of body) { L.push(p); blank(); }
      L.push(' '); blank(); L.push(outlet.domain.split('.')[0]); blank();
      for (const f of ['الإسم *', 'البريد الألكتروني *', 'عنوان التعليق *', 'تعليق *', ': Characters Left', 'إلزامي *', 'شروط الاستخدام']) { L.push(f); blank(); }
      L.push('Security Code*'); blank();
      for (const h of otherHeadlines(r, 4)) {
        const d = new Date(Date.UTC(r.int(2015, 2024), r.int(0, 11), r.int(1, 28)));
        L.push(`GMT ${pad(r.int(0, 23))}:${pad(r.int(0, 59))} ${d.getUTCFullYear()} ${W.WEEKDAYS[d.getUTCDay()]} ,${pad(d.getUTCDate())} ${W.LEVANT_MONTHS[d.getUTCMonth()]} / ${W.GREG_MONTHS[d.getUTCMonth()]}`);
        blank(); L.push(h); blank();
      }
      L.push(`www.${outlet.domain}`);
      break;
    }
  }
  const hex = (streamFor(seed, i, 3).next() * 2 ** 32 >>> 0).toString(16).padStart(8, '0') + (streamFor(seed, i, 4).next() * 2 ** 32 >>> 0).toString(16).padStart(8, '0');
  return {
    name: `${String(i).padStart(6, '0')}_${hex}.txt`,
    text: L.join('\n') + '\n',
    truth: {
      headline: c.headline, published: dl?.iso ?? null, domain: outlet.domain, sourceName: outlet.name,
      comments: cs.length, duplicateOf: dupOf, style, firstParagraph: c.paragraphs[0],
    },
  };
}

export function generatePage(i: number, opts: GenerateOptions = {}): Page {
  const o = { ...DEFAULTS, ...opts };
  return pageFor(o.seed, i, o);
}

/** Writes pages [from, to) into dir; returns the total bytes written. */
export function writeCorpus(dir: string, from: number, to: number, opts: GenerateOptions = {}): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const p = generatePage(i, opts);
    const buf = Buffer.from(p.text);
    fs.writeFileSync(path.join(dir, p.name), buf);
    bytes += buf.length;
  }
  return bytes;
}
