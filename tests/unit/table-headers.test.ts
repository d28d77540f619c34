import { describe, expect, it } from 'vitest';
import { addTableHeaders } from '~/lib/table-headers.mjs';

const table = `<table><caption>T</caption>
<thead><tr><th scope="col">Groep</th><th scope="col">Kenmerk</th><th scope="col">A</th><th scope="col">B</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">Instrument</th><th scope="row">Type</th><td>a1</td><td>b1</td></tr>
<tr><th scope="row">Eigenaar</th><td>a2</td><td>b2</td></tr>
<tr><th scope="rowgroup" rowspan="1">Hulp</th><th scope="row">Zorg</th><td>a3</td><td>b3</td></tr>
</tbody></table>`;

describe('addTableHeaders', () => {
  const out = addTableHeaders(table, 't');
  const headersOf = (text: string) => new RegExp(`<td headers="([^"]*)">${text}<`).exec(out)?.[1];

  it('links each data cell to its column, its group and its row, also in rows the group header spans', () => {
    expect(headersOf('a1')).toBe('t-k2 t-g0 t-r0');
    expect(headersOf('b2')).toBe('t-k3 t-g0 t-r1');
    expect(headersOf('a3')).toBe('t-k2 t-g1 t-r2');
  });

  it('gives every header an id that a headers list can point to', () => {
    const ids = new Set([...out.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]));
    for (const [, list] of out.matchAll(/headers="([^"]*)"/g))
      for (const id of list!.split(' ')) expect(ids).toContain(id);
  });

  it('leaves a table with one level of row headers alone', () => {
    const simple =
      '<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>';
    expect(addTableHeaders(simple, 't')).toBe(simple);
  });
});
