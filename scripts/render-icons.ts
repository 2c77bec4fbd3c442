/**
 * Renders the extension's icons (public/icon/{16,32,48,128}.png) from one SVG in Debian's
 * Chromium, so the icon stays a reviewable text file: `tsx scripts/render-icons.ts`.
 */
import { chromium } from 'playwright-core';

const SVG = (size: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#d68c00"/>
  <rect x="18" y="84" width="92" height="12" rx="6" fill="#fff3d6"/>
  <text x="64" y="74" text-anchor="middle" font-family="DejaVu Sans, sans-serif"
        font-weight="bold" font-size="62" fill="#ffffff">Ai</text>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG(size)}</body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('wrote public/icon/{16,32,48,128}.png');
