/**
 * Whether this build makes the booklet PDFs (src/integrations/booklets.ts decides it before any
 * page is written: Chromium present, BOOKLETS not 0, not in dev). Pages link to a PDF only
 * then; otherwise to the print version, so no page links to a PDF that is not there.
 */
export const bookletPdfs: boolean = import.meta.env.BOOKLET_PDFS === true;
