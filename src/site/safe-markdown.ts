// Remark plugin for article bodies: text from crawled pages must never become live markup.
// Raw HTML turns into visible text, unsafe link schemes into plain text, and images into links,
// because an <img> would fetch from outside the site's origin.

export interface Node { type: string; value?: string; url?: string; alt?: string | null; depth?: number; children?: Node[] }

const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.\.?\/)|^[^:]*$/i;

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem']);

function clean(node: Node, parent?: Node): Node[] {
  switch (node.type) {
    case 'html': {
      const text = { type: 'text', value: node.value ?? '' };
      // A block of raw HTML becomes a paragraph of visible text.
      return [BLOCK_PARENTS.has(parent?.type ?? '') ? { type: 'paragraph', children: [text] } : text];
    }
    case 'image':
      return node.url && /^https?:/i.test(node.url)
        ? [{ type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] }]
        : [{ type: 'text', value: node.alt ?? '' }];
    case 'imageReference':
      return [{ type: 'text', value: node.alt ?? '' }];
    case 'definition':
      if (!SAFE_URL.test(node.url ?? '')) node.url = '#';
      return [node];
    case 'link':
      if (!SAFE_URL.test((node.url ?? '').trim())) return (node.children ?? []).flatMap((c) => clean(c, parent));
      break;
    case 'heading':
      // The page's <h1> is the headline: body headings start one level below.
      node.depth = Math.max(2, node.depth ?? 2);
      break;
  }
  if (node.children) node.children = node.children.flatMap((c) => clean(c, node));
  return [node];
}

/** Make a Markdown tree safe in place. */
export function cleanTree(tree: Node): void { clean(tree); }

export default function remarkSafeArticle() {
  return cleanTree;
}
