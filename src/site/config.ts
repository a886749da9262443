// Site-wide settings read once at build time (env vars so the CLI and CI can switch them without code changes).

export type Digits = 'latn' | 'arab';

/** One digit style for the whole site: Western (latn, default) or Arabic-Indic (arab). */
export const DIGITS: Digits = process.env.ARSHIF_DIGITS === 'arab' ? 'arab' : 'latn';

export const SITE = {
  name: 'أرشيف',
  tagline: 'أرشيف الأخبار العربية',
  description: 'أرشيف منظَّم قابل للبحث لمقالات الأخبار العربية، مرتّب حسب التاريخ والمصدر.',
  pageSize: 50,
  latestOnHome: 12,
};

// Outside Vite (unit tests) import.meta.env does not exist: fall back to the root.
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** URL of a site path relative to the configured base, so the site works under any sub-path. */
export function href(path = ''): string {
  return BASE.replace(/\/?$/, '/') + path.replace(/^\//, '');
}
