export function withBase(base: string, url: string): string;
export function slugify(text: string): string;
export function remarkSiteLinks(options?: { base?: string }): (tree: unknown, file: unknown) => void;
export function rehypeScopedHeadingIds(): (tree: unknown, file: unknown) => void;
export function rehypeVisibleListNumbers(): (tree: unknown) => void;
export function rehypeScrollableTables(): (tree: unknown) => void;
export function wrapRawTables(html: string): string;
