import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { compare, REPORTERS } from '../src/index.js';
import { CORPUS, ROOT } from './helpers.js';
import { reportWithFactSheet } from './fact-sheet-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'tests', '.output');
const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// Debian's Chromium, installed by .ci/run; without it this test cannot run and says so.
describe.skipIf(!existsSync(CHROMIUM))('the HTML report in a real browser', () => {
  it('renders the findings, filters them by severity and rule, and shows the coverage matrix', async () => {
    const report = await compare([CORPUS], { cwd: ROOT, bridge: 'lexical', cacheDir: false });
    mkdirSync(OUTPUT, { recursive: true });
    const file = path.join(OUTPUT, 'report.html');
    writeFileSync(file, REPORTERS.html(report, { color: false, width: 100 }));

    const browser = await chromium.launch(LAUNCH);
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

  it('sorts the fact sheet by a clicked header, filters it by label and status, and draws its timelines', async () => {
    const report = await reportWithFactSheet();
    mkdirSync(OUTPUT, { recursive: true });
    const file = path.join(OUTPUT, 'fact-sheet.html');
    writeFileSync(file, REPORTERS.html(report, { color: false, width: 100 }));

    const browser = await chromium.launch(LAUNCH);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(pathToFileURL(file).href);
      const rows = page.locator('#fact-sheet tbody tr');
      const column = (selector: string) => rows.evaluateAll((trs, s) => trs.map((tr) => (s.startsWith('@') ? tr.getAttribute(s.slice(1)) : tr.querySelector(s)!.textContent)), selector);
      expect(await column('@data-status')).toEqual(['disagreement', 'update', 'agreement', 'agreement']);

      // By label: ascending, then descending on a second click; the header says which.
      const labels = await column('.label');
      const byLabel = [...labels].sort((a, b) => a!.toLowerCase().localeCompare(b!.toLowerCase()));
      const header = page.locator('#fact-sheet th[data-sort="label"]');
      await header.locator('button').click();
      expect(await column('.label')).toEqual(byLabel);
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      expect(await page.locator('#fact-sheet th[data-sort="status"]').getAttribute('aria-sort')).toBe('none');
      await header.locator('button').click();
      expect(await column('.label')).toEqual([...byLabel].reverse());
      expect(await header.getAttribute('aria-sort')).toBe('descending');

      // By number of articles: ties keep the report's reading order.
      await page.locator('#fact-sheet th[data-sort="articles"] button').click();
      expect(await column('@data-articles')).toEqual(['2', '4', '4', '4']);
      expect(await column('@data-status')).toEqual(['agreement', 'disagreement', 'update', 'agreement']);

      // The filter box hides the rows whose label does not hold the words; the status boxes hide by status.
      await page.locator('#fact-filter').fill('VALENCIA');
      expect(await page.locator('#fact-sheet tbody tr:visible .label').allTextContents()).toEqual(['deaths in Valencia']);
      expect(await page.locator('#facts-shown').textContent()).toBe('1');
      await page.locator('#fact-filter').fill('');
      await page.locator('input[data-kind="status"][value="agreement"]').uncheck();
      expect(await page.locator('#fact-sheet tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).toEqual(['disagreement', 'update']);
      expect(await page.locator('#facts-shown').textContent()).toBe('2');
      // The findings' own filters are untouched by the fact sheet's.
      expect(await page.locator('.finding:visible').count()).toBe(report.discrepancies.length);

      // The update's timeline is drawn, one mark per dated article.
      const marks = page.locator('#fact-sheet tr.update svg.timeline circle');
      expect(await marks.count()).toBe(3);
      const box = await page.locator('#fact-sheet tr.update svg.timeline').boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      await page.screenshot({ path: path.join(OUTPUT, 'fact-sheet.png'), fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
