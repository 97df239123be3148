// npm run icons: renders public/icons/icon.svg into the PNG sizes the web app manifest and iOS need, with
// the system Chromium, so every icon is made in this repository from one drawing. Run it after editing the
// SVG and commit the PNGs.

import { readFile } from 'node:fs/promises';

import { chromium } from '@playwright/test';

const SVG = 'public/icons/icon.svg';
/** [file, size in px, padding fraction]: maskable icons keep their drawing inside the 80 % safe zone. */
const OUTPUTS: readonly (readonly [string, number, number])[] = [
  ['public/icons/icon-192.png', 192, 0],
  ['public/icons/icon-512.png', 512, 0],
  ['public/icons/maskable-512.png', 512, 0.1],
  ['public/icons/apple-touch-icon.png', 180, 0],
];

const svg = await readFile(SVG, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const [file, size, padding] of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = Math.round(size * padding);
    // Maskable icons fill the square with the brand colour; the platform cuts its own shape.
    await page.setContent(
      `<body style="margin:0;background:${padding > 0 ? '#1d4ed8' : 'transparent'}">` +
        `<div style="padding:${String(inset)}px;width:${String(size - 2 * inset)}px;height:${String(size - 2 * inset)}px">` +
        svg.replace('<svg ', '<svg width="100%" height="100%" ') +
        '</div></body>',
    );
    await page.screenshot({ path: file, omitBackground: padding === 0 });
    await page.close();
    process.stdout.write(`${file} (${String(size)}×${String(size)})\n`);
  }
} finally {
  await browser.close();
}
