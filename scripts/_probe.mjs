import { launchChromium } from '../tests/support/browser.ts';
const b = await launchChromium();
const p = await b.newPage();
await p.goto('http://127.0.0.1:48600/fasen/start/');
await p.emulateMedia({ media: 'print' });
console.log(await p.evaluate(() => [...document.querySelectorAll('.advice')].map((a) => getComputedStyle(a).display + (a.hidden ? '(hidden)' : ''))));
await b.close();
