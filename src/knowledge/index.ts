// Loads the site-knowledge tables (chrome vocabulary, outlets) and pre-folds them for matching.
// A corpus may carry its own <corpus>/knowledge/*.json; their lists are appended to the built-in ones.
import fs from 'node:fs';
import path from 'node:path';
import { foldText } from '../lib/arabic.ts';
import chromeData from './chrome.json' with { type: 'json' };
import outletData from './outlets.json' with { type: 'json' };
import { escapeRe } from '../lib/regex.ts';

/** `nameIsPlace`: the name is also a place (عمان, الرياض): a city or menu item so named is weak evidence. */
export interface Outlet { domain: string; name: string; latin?: string; aliases?: string[]; nameIsPlace?: boolean }

export interface Knowledge {
  sectionEnd: Set<string>;
  /** section ends that may also head a box inside the text ("اقرأ أيضا") */
  inlineBox: Set<string>;
  /** headers of an editor's summary box over the text ("ملخص المحرر", "باختصار"): the paragraph under one is not the text */
  summaryBox: Set<string>;
  /** headers the text sets over its own unmarked list ("المكونات", "مقادير المقلوبة"): the short lines under one are its items */
  listHeader: Set<string>;
  /** news agencies whose name alone signs a wire story under its text */
  agencySignature: Set<string>;
  commentHeader: Set<string>;
  chromeLine: Set<string>;
  chromeContains: string[];
  /** folded openings of link lines ("اقرأ أيضا: …") */
  chromeStart: string[];
  /** The two lists above as one alternation each: one regex test per line instead of a hundred. */
  chromeContainsRe: RegExp;
  chromeStartRe: RegExp;
  bylineStart: Set<string>;
  genericOwners: Set<string>;
  /** a word that marks a name as an outlet's ("برس", "وكالة"), as one alternation over folded text */
  outletWordRe: RegExp;
  /** social networks, app stores… never the page's own site */
  platformDomains: string[];
  outlets: Outlet[];
  /** folded name or alias → outlet */
  outletByName: Map<string, Outlet>;
  /** domain label (e.g. "elaph") and full domain → outlet */
  outletByDomain: Map<string, Outlet>;
}

type ChromeFile = Partial<Record<string, { line?: string[]; contains?: string[]; start?: string[]; genericOwners?: string[] }>>;

/** Parts of a domain no outlet is known by ("tap.info.tn" is not every "….info"). */
export const GENERIC_DOMAIN_LABELS = new Set(['arabic', 'info', 'news', 'online', 'media', 'press', 'site', 'home', 'blog', 'arab']);

const foldAll = (xs: string[] = []) => xs.map(foldText).filter(Boolean);
const alternation = (xs: string[], before: string, after: string) =>
  xs.length ? new RegExp(`${before}(?:${xs.map(escapeRe).join('|')})${after}`) : /(?!)/;

export function buildKnowledge(chromeFiles: ChromeFile[], outletLists: Outlet[][]): Knowledge {
  const pick = (group: string, key: 'line' | 'contains' | 'start' | 'genericOwners') =>
    chromeFiles.flatMap((f) => foldAll(f[group]?.[key]));
  const outlets = outletLists.flat();
  const outletByName = new Map<string, Outlet>();
  const outletByDomain = new Map<string, Outlet>();
  for (const o of outlets) {
    // (the Latin name too: a Maghreb site's footer reads "© 2024 Hespress. Tous droits réservés.")
    for (const n of [o.name, ...(o.aliases ?? []), ...(o.latin ? [o.latin] : [])]) {
      const key = foldText(n);
      if (key && !outletByName.has(key)) outletByName.set(key, o);
    }
    const domain = o.domain.toLowerCase().replace(/^www\./, '');
    if (!outletByDomain.has(domain)) outletByDomain.set(domain, o);
    const label = domain.split('.').find((p) => p.length > 3 && !GENERIC_DOMAIN_LABELS.has(p));
    if (label && !outletByDomain.has(label)) outletByDomain.set(label, o);
  }
  return {
    sectionEnd: new Set(pick('sectionEnd', 'line')),
    inlineBox: new Set(pick('inlineBox', 'line')),
    summaryBox: new Set(pick('summaryBox', 'line')),
    listHeader: new Set(pick('listHeader', 'line')),
    agencySignature: new Set(pick('agencySignature', 'line')),
    commentHeader: new Set(pick('commentHeader', 'line')),
    chromeLine: new Set(pick('chrome', 'line')),
    chromeContains: pick('chrome', 'contains'),
    chromeStart: pick('chrome', 'start'),
    chromeContainsRe: alternation(pick('chrome', 'contains'), '', ''),
    // (after an icon or a bullet: "📲 حمل تطبيق …", "» اقرأ أيضا")
    chromeStartRe: alternation(pick('chrome', 'start'), '^(?:[^\\s\\u0600-\\u06FFa-z0-9]{1,4} ?)?', '(?: |$)'),
    bylineStart: new Set(pick('bylineMarker', 'start')),
    genericOwners: new Set(pick('sourceDisclaimer', 'genericOwners')),
    outletWordRe: alternation(pick('outletWords', 'contains'), '(?:^| )', '(?: |$)'),
    platformDomains: chromeFiles.flatMap((f) => f.platformDomains?.line ?? []).map((d) => d.toLowerCase()),
    outlets,
    outletByName,
    outletByDomain,
  };
}

let builtin: Knowledge | undefined;

/** The built-in knowledge, merged with `<corpusRoot>/knowledge/{chrome,outlets}.json` when present. */
export function loadKnowledge(corpusRoot?: string): Knowledge {
  const extraDir = corpusRoot ? path.join(corpusRoot, 'knowledge') : undefined;
  const readJson = (f: string) => {
    const p = extraDir && path.join(extraDir, f);
    if (!p || !fs.existsSync(p)) return undefined;
    try {
      return JSON.parse(fs.readFileSync(p, 'utf8'));
    } catch (e) {
      throw new Error(`${p}: invalid JSON (${(e as Error).message})`);
    }
  };
  const userChrome = readJson('chrome.json');
  const userOutlets = readJson('outlets.json');
  if (!userChrome && !userOutlets) return (builtin ??= buildKnowledge([chromeData as ChromeFile], [outletData.outlets]));
  if (userOutlets && !Array.isArray(userOutlets.outlets)) throw new Error(`${extraDir}/outlets.json: expected {"outlets": [{domain, name, …}]}`);
  // A user's outlets come first so they win over the built-in table.
  return buildKnowledge([chromeData as ChromeFile, userChrome ?? {}], [userOutlets?.outlets ?? [], outletData.outlets]);
}
