/**
 * Puppeteer comes with DAISY Ace (@daisy/ace-cli, the EPUB accessibility check of
 * tests/site/epub.test.ts). It must not download a browser on `npm ci` (no such download
 * works on these machines); it drives Debian's Chromium, as the booklets do.
 */
module.exports = {
  skipDownload: true,
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
};
