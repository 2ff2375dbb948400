/**
 * Renders design/icon.svg to the PNG sizes the manifest lists, with the
 * same Debian Chromium the browser tests use, then re-encodes them without
 * loss (scripts/png.ts). Run after editing the SVG:
 *   npx tsx scripts/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/support/chromium.ts';
import { optimizePng } from './png.ts';

const svg = readFileSync('design/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    // The same pixels, smaller (scripts/png.ts): the icons are part of the store zip's budget.
    writeFileSync(`public/icons/icon-${size}.png`, optimizePng(await page.screenshot({ omitBackground: true })));
    await page.close();
  }
} finally {
  await browser.close();
}
