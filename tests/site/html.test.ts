import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../support/site';

// The rules come from .htmlvalidate.json at the top level (html-validate:recommended).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe(`valid HTML on every page of ${DIST}`, () => {
  const pages = htmlPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s', async (page) => {
    const report = await validator.validateFile(join(DIST, page));
    const problems = report.results.flatMap((r) =>
      r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(problems).toEqual([]);
  });
});
