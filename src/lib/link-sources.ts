/**
 * Finds where a link of a built page was written in content/, so the link check can name the
 * .md/.mdx file and line instead of the HTML. Content links are written from the site root
 * (`/fasen/start/`) and get the base path at build time, so the base is taken off again; the
 * link is then looked for as a Markdown link target `](…)` or an attribute `href="…"`.
 */
export function sourceOfLink(
  href: string,
  base: string,
  sources: { file: string; text: string }[],
): { file: string; line: number; written: string } | undefined {
  const prefix = base.replace(/\/$/, '');
  const written = prefix && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
  const forms = [`](${written})`, `](${written} `, `href="${written}"`, `href='${written}'`, `<${written}>`];
  for (const { file, text } of sources) {
    for (const form of forms) {
      const at = text.indexOf(form);
      if (at >= 0) return { file, line: text.slice(0, at).split('\n').length, written };
    }
  }
  return undefined;
}
