import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { compare, REPORTERS } from '../src/index.js';
import { CORPUS, ROOT } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'tests', '.output');

// Debian's Chromium, installed by .ci/run; without it this test cannot run and says so.
describe.skipIf(!existsSync(CHROMIUM))('the HTML report in a real browser', () => {
  it('renders the findings, filters them by severity and rule, and shows the coverage matrix', async () => {
    const report = await compare([CORPUS], { cwd: ROOT, bridge: 'lexical', cacheDir: false });
    mkdirSync(OUTPUT, { recursive: true });
    const file = path.join(OUTPUT, 'report.html');
    writeFileSync(file, REPORTERS.html(report, { color: false, width: 100 }));

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href);
      const total = report.discrepancies.length;
      expect(total).toBeGreaterThan(0);
      expect(await page.locator('.finding:visible').count()).toBe(total);
      expect(await page.locator('#shown').textContent()).toBe(String(total));
      await page.screenshot({ path: path.join(OUTPUT, 'report.png'), fullPage: false });

      // Untick "high": the high findings disappear, the count follows.
      const high = report.discrepancies.filter((d) => d.severity === 'high').length;
      await page.locator('input[data-kind="severity"][value="high"]').uncheck();
      expect(await page.locator('.finding:visible').count()).toBe(total - high);
      expect(await page.locator('#shown').textContent()).toBe(String(total - high));
      expect(await page.locator('.finding.high:visible').count()).toBe(0);

      // Untick one rule as well.
      const rule = report.discrepancies.find((d) => d.severity !== 'high')!.rule;
      await page.locator(`input[data-kind="rule"][value="${rule}"]`).uncheck();
      const left = report.discrepancies.filter((d) => d.severity !== 'high' && d.rule !== rule).length;
      expect(await page.locator('.finding:visible').count()).toBe(left);

      // Evidence is highlighted and the coverage matrix has a row per aligned claim.
      expect(await page.locator('.finding mark').count()).toBeGreaterThan(0);
      expect(await page.locator('table.coverage tbody tr').count()).toBe(report.coverage.claims.length);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
