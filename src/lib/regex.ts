// Building regular expressions from plain strings (site names, phrases from the knowledge tables).

/** `s` with every regular-expression metacharacter escaped, so it matches itself. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
