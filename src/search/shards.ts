// The shard manifest (pagefind/shards.json): shared by the indexer and the search page.

export interface ShardInfo {
  /** "YYYY" or "undated"; the bundle lives at pagefind/<name>/. */
  name: string;
  pages: number;
  records: number;
  /** Articles per source name, for the source filter without loading any bundle. */
  sources: Record<string, number>;
}

export interface ShardManifest { version: 1; normalizer: number; shards: ShardInfo[] }

/** Newest year first, "undated" last. */
export function sortShards(names: string[]): string[] {
  return [...names].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)));
}
