// @ts-check
/**
 * Tables with two levels of row headers (a group header spanning several rows, then a row
 * header) are read wrongly by screen readers from `scope` alone: `scope="rowgroup"` only
 * covers a whole <tbody>, and one <tbody> may hold several groups. This gives every header
 * cell an id and every data cell a `headers` list (its column, its group, its row): the
 * explicit association of WCAG technique H43. It works on the raw HTML tables that content
 * files hold (Markdown's own tables have one header row only); other tables stay as they are.
 */

/** The opening tag of a header or data cell, with its attributes. */
const CELL = /<(th|td)(\s[^>]*)?>/gi;

/**
 * @param {string} table the HTML of one <table>…</table>
 * @param {string} prefix unique on the page, for the ids (e.g. "tabel-overzicht")
 * @returns {string}
 */
export function addTableHeaders(table, prefix) {
  if (!/scope="rowgroup"/.test(table)) return table;
  const head = /<thead[\s\S]*?<\/thead>/i.exec(table)?.[0] ?? '';
  const headStart = table.indexOf(head);
  let column = 0;
  const newHead = head.replace(
    CELL,
    (_cell, tag, attrs = '') => `<${tag} id="${prefix}-k${column++}"${attrs}>`,
  );
  const rest = table.slice(headStart + head.length);
  // Data cells start after all header columns (group header + row header) of the first row.
  const firstRow = /<tr[\s\S]*?<\/tr>/i.exec(rest)?.[0] ?? '';
  const headerColumns = (firstRow.match(/<th[\s>]/gi) ?? []).length;
  let group = { id: '', rows: 0 };
  let groups = 0;
  let rows = 0;
  const body = rest.replace(/<tr(\s[^>]*)?>([\s\S]*?)<\/tr>/gi, (_row, trAttrs = '', cells) => {
    let rowId = '';
    let dataIndex = 0;
    const newCells = cells.replace(
      CELL,
      (/** @type {string} */ cell, /** @type {string} */ tag, attrs = '') => {
        if (/scope="rowgroup"/.test(attrs)) {
          group = { id: `${prefix}-g${groups++}`, rows: Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1) };
          return `<th id="${group.id}"${attrs}>`;
        }
        if (/scope="row"/.test(attrs)) {
          rowId = `${prefix}-r${rows++}`;
          return `<th id="${rowId}"${group.rows > 0 ? ` headers="${group.id}"` : ''}${attrs}>`;
        }
        if (tag.toLowerCase() !== 'td') return cell;
        const ids = [`${prefix}-k${headerColumns + dataIndex++}`, group.rows > 0 ? group.id : '', rowId];
        return `<td headers="${ids.filter(Boolean).join(' ')}"${attrs}>`;
      },
    );
    group.rows--;
    return `<tr${trAttrs}>${newCells}</tr>`;
  });
  return table.slice(0, headStart) + newHead + body;
}
