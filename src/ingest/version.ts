// Bump when extraction output changes: every raw file is then re-extracted on the next ingest.
export const EXTRACTOR_VERSION = '1';
