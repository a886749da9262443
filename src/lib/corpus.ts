// Where everything of one archive lives. Every command takes --corpus DIR so one install serves several archives.
import path from 'node:path';

export interface CorpusPaths {
  root: string;
  /** Raw page dumps (.txt, .html) dropped by crawlers; never modified. */
  raw: string;
  /** Generated Markdown articles, one per raw file (or per group of duplicates). */
  articles: string;
  /** Editors' corrections, one YAML file per article id. */
  overrides: string;
  /** Ingest report of the last run (JSON). */
  report: string;
  /** Incremental state: raw path → hash → article id. */
  manifest: string;
  /** Build caches (search shards, …). */
  cache: string;
}

export function corpusPaths(dir = 'corpus'): CorpusPaths {
  const root = path.resolve(dir);
  return {
    root,
    raw: path.join(root, 'raw'),
    articles: path.join(root, 'articles'),
    overrides: path.join(root, 'overrides'),
    report: path.join(root, 'ingest-report.json'),
    manifest: path.join(root, '.arshif', 'manifest.json'),
    cache: path.join(root, '.arshif', 'cache'),
  };
}
