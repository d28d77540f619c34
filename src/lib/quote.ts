/**
 * The first paragraph of a Markdown body as plain text, for quoting a source's own opening
 * words exactly (the home page quotes the beslishulp's question from its file, not retyped).
 */
export function firstParagraph(body: string): string {
  const paragraph = body
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !p.startsWith('#') && !p.startsWith('<'));
  return (paragraph ?? '').replace(/\s+/g, ' ');
}
