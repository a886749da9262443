// Scores extracted records against hand-checked gold records: the same metrics and figures as
// shared/tools/score.py (seeds group), so `npm run eval` and the reference scorer agree.
import { escapeRe } from '../lib/regex.ts';

export interface GoldRecord {
  file: string;
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  source: { name?: string | null; name_latin?: string | null; name_ar?: string | null; domain?: string | null };
  date: { published: string | null; updated: string | null };
  body: string[];
  comments: { author: string | null; title: string | null; when: string | null; text: string }[];
  chrome_samples: string[];
}

export interface RecordLike {
  file?: string | null;
  headline?: string | null;
  subtitle?: string | null;
  byline?: string | null;
  source?: { name?: string | null; domain?: string | null } | null;
  date?: { published?: string | null; updated?: string | null } | null;
  body?: string[] | null;
  comments?: { author?: string | null; text?: string | null }[] | null;
}

export type Frac = [number, number];

export interface Row {
  file: string;
  F1: number; P: number; R: number;
  para: Frac; leak: Frac; leaked: string[];
  headline: boolean; subtitle: boolean; byline: boolean; source: boolean;
  published: boolean; updated: boolean; fabricated: number;
  c_count: Frac; c_author: Frac; c_text: Frac; c_leak: number;
}

const WS = /[\s\u200b\ufeff]+/gu;
const QUOTES = /["'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u2033]/g;

export function norm(s: unknown): string {
  return typeof s === 'string' ? s.normalize('NFC').replaceAll('\u0640', '').replace(WS, ' ').trim() : '';
}


/** Substring whose neighbours are not letters/digits (Python's \w, Unicode-aware). */
export function occurs(snip: string, text: string): boolean {
  return !!snip && new RegExp(`(?<![\\p{L}\\p{N}_\\p{M}])${escapeRe(snip)}(?![\\p{L}\\p{N}_\\p{M}])`, 'u').test(text);
}

function counter(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function prf(pred: string[], gold: string[]): [number, number, number] {
  const p = counter(pred);
  const g = counter(gold);
  let tp = 0;
  for (const [t, n] of p) tp += Math.min(n, g.get(t) ?? 0);
  const P = pred.length ? tp / pred.length : Number(!gold.length);
  const R = gold.length ? tp / gold.length : 1;
  return [P, R, P + R ? (2 * P * R) / (P + R) : 0];
}

const isoDay = (v: unknown) => (v ? String(v).trim().match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null : null);
export const stem = (name: unknown) => String(name ?? '').split('/').pop()!.replace(/(\.(json|html?|txt))+$/, '');

function srcKeys(v: unknown): Set<string> {
  const n = norm(v).toLowerCase();
  if (!n) return new Set();
  const bare = n.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
  return new Set([n, n.replace(/\s*\(.*\)$/, ''), bare].filter(Boolean));
}

function sourceOk(ext: RecordLike['source'], gold: GoldRecord['source']): boolean {
  const want = new Set([gold.name, gold.name_latin, gold.name_ar, gold.domain].flatMap((v) => [...srcKeys(v)]));
  const got = new Set([...srcKeys(ext?.name), ...srcKeys(ext?.domain)]);
  if (!want.size) return got.size === 0;
  for (const g of got) if (want.has(g)) return true;
  return false;
}

const headlineKey = (s: unknown) => norm(norm(s).replace(QUOTES, ''));

export function scoreRecord(rec: RecordLike, gold: GoldRecord): Row {
  const body = (rec.body ?? []).filter((x) => typeof x === 'string').map(norm).filter(Boolean);
  const text = body.join(' ');
  const goldBody = gold.body.map(norm).filter(Boolean);
  const [P, R, F1] = prf(text.split(' ').filter(Boolean), goldBody.join(' ').split(' ').filter(Boolean));
  const samples = (gold.chrome_samples ?? []).map(norm).filter(Boolean);
  const paras = new Set(body);
  const leaked = samples.filter((s) => paras.has(s) || (s.split(' ').length >= 3 && occurs(s, text)));
  const date = rec.date ?? {};
  let fabricated = 0;
  const dateOk = (k: 'published' | 'updated') => {
    const got = isoDay(date[k]) ?? (norm(date[k]) || null);
    const want = gold.date?.[k] ?? null;
    if (!want && got) fabricated++;
    return want ? got === want : got === null;
  };
  const published = dateOk('published');
  const updated = dateOk('updated');
  return {
    file: stem(rec.file),
    F1, P, R,
    para: [goldBody.filter((p) => occurs(p, text)).length, goldBody.length],
    leak: [leaked.length, samples.length], leaked,
    headline: headlineKey(rec.headline) === headlineKey(gold.headline),
    subtitle: norm(rec.subtitle) === norm(gold.subtitle),
    byline: norm(rec.byline) === norm(gold.byline),
    source: sourceOk(rec.source, gold.source ?? {}),
    published, updated, fabricated,
    ...commentMetrics((rec.comments ?? []).filter((c) => c && typeof c === 'object'), gold.comments ?? [], text),
  };
}

function commentMetrics(ext: NonNullable<RecordLike['comments']>, gold: GoldRecord['comments'], bodyText: string) {
  const used = new Set<number>();
  let au = 0;
  let tx = 0;
  const toks = (s: unknown) => norm(s).split(' ').filter(Boolean);
  for (const gc of gold) {
    let best = 0.5;
    let bj = -1;
    ext.forEach((ec, j) => {
      const f = prf(toks(ec.text), toks(gc.text))[2];
      if (!used.has(j) && f >= best) { best = f; bj = j; }
    });
    if (bj >= 0) {
      used.add(bj);
      au += Number(norm(ext[bj].author) === norm(gc.author));
      tx += Number(norm(ext[bj].text) === norm(gc.text));
    }
  }
  return {
    c_count: [ext.length, gold.length] as Frac,
    c_author: [au, gold.length] as Frac,
    c_text: [tx, gold.length] as Frac,
    c_leak: gold.filter((gc) => occurs(toks(gc.text).slice(0, 12).join(' '), bodyText)).length,
  };
}

export interface Summary {
  files: number; F1: number; P: number; R: number;
  para: Frac; leak: Frac; c_author: Frac; c_text: Frac; c_count: Frac;
  headline: Frac; subtitle: Frac; byline: Frac; source: Frac; published: Frac; updated: Frac;
  fabricated: number; c_leak_files: number;
}

export function summarize(rows: Row[]): Summary {
  const mean = (k: 'F1' | 'P' | 'R') => Math.round((rows.reduce((a, r) => a + r[k], 0) / Math.max(1, rows.length)) * 1e4) / 1e4;
  const sumFrac = (k: 'para' | 'leak' | 'c_author' | 'c_text'): Frac => [rows.reduce((a, r) => a + r[k][0], 0), rows.reduce((a, r) => a + r[k][1], 0)];
  const count = (k: 'headline' | 'subtitle' | 'byline' | 'source' | 'published' | 'updated'): Frac => [rows.filter((r) => r[k]).length, rows.length];
  return {
    files: rows.length, F1: mean('F1'), P: mean('P'), R: mean('R'),
    para: sumFrac('para'), leak: sumFrac('leak'), c_author: sumFrac('c_author'), c_text: sumFrac('c_text'),
    c_count: [rows.filter((r) => r.c_count[0] === r.c_count[1]).length, rows.length],
    headline: count('headline'), subtitle: count('subtitle'), byline: count('byline'), source: count('source'),
    published: count('published'), updated: count('updated'),
    fabricated: rows.reduce((a, r) => a + r.fabricated, 0),
    c_leak_files: rows.filter((r) => r.c_leak).length,
  };
}

const COLS = ['F1', 'P', 'R', 'para', 'leak', 'head', 'src', 'pub', 'upd', 'fab', 'c#', 'cAuth', 'cText', 'cLeak'];

/** Markdown table in score.py's layout. */
export function renderTable(rows: Row[], s: Summary, group = 'seeds'): string {
  const num = (v: number) => v.toFixed(3);
  const frac = (v: Frac) => `${v[0]}/${v[1]}`;
  const ok = (v: boolean) => (v ? '✓' : '✗');
  const out = [`| file | ${COLS.join(' | ')} |`, '|---'.repeat(COLS.length + 1) + '|'];
  for (const r of rows) {
    out.push(`| ${r.file} | ${[num(r.F1), num(r.P), num(r.R), frac(r.para), frac(r.leak), ok(r.headline), ok(r.source), ok(r.published), ok(r.updated), String(r.fabricated), `${r.c_count[0]}/${r.c_count[1]}${ok(r.c_count[0] === r.c_count[1])}`, frac(r.c_author), frac(r.c_text), String(r.c_leak)].join(' | ')} |`);
  }
  out.push(`| **ALL ${group}** (${s.files}) | ${[num(s.F1), num(s.P), num(s.R), frac(s.para), frac(s.leak), frac(s.headline), frac(s.source), frac(s.published), frac(s.updated), String(s.fabricated), frac(s.c_count), frac(s.c_author), frac(s.c_text), String(s.c_leak_files)].join(' | ')} |`);
  out.push(`\nsubtitle ${frac(s.subtitle)}, byline ${frac(s.byline)}`);
  return out.join('\n');
}
