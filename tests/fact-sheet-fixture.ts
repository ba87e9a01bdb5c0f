/**
 * A real report of four short articles with a fact sheet set by hand, so that the reporters' fact sheet
 * is tested on every status, a timeline, an undated article and hostile labels and values, whatever
 * the stage that fills it finds in these articles.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compare } from '../src/index.js';
import type { Evidence, FactSheet, Report } from '../src/types.js';

const ESC = '\u001b';
const BEL = '\u0007';
const RLO = '\u202e';

/** Markup, a terminal title sequence, a pipe, a backtick, a line feed that would open a heading, a bidi override. */
const HOSTILE_LABEL = `rain in <script>alert(1)</script> ${ESC}]0;owned${BEL} | \`code\`\n# Injected ${RLO}heading`;
const HOSTILE_DISPLAY = `<img src=x onerror=alert(1)>${ESC}[2J 30 mm`;
const HOSTILE_PUBLISHED = `<b>yesterday</b>${ESC}[2J`;

const ARTICLES: Record<string, string> = {
  'alpha.txt': 'Floods in Valencia\n\nThe floods killed 12 people in Valencia, the regional government said on Wednesday.\nForty people were injured.\n',
  'bravo.txt': 'Floods hit Valencia\n\nThe floods killed 15 people in Valencia, the regional government said on Wednesday.\nFifty-two people were injured.\n',
  'charlie.txt': 'Valencia counts its dead\n\nThe floods killed 12 people in Valencia, officials said on Thursday.\nSixty people were injured.\n',
  'delta.txt': 'Valencia under water\n\nThe floods killed 21 people in Valencia, according to the regional government.\nForty-five people were injured.\n',
};

/** Evidence pointing at the first words of the document's first body sentence, as the stage would. */
function evidenceIn(report: Report, document: string): Evidence {
  const sentence = report.sentences.find((s) => s.document === document && s.kind === 'body') ?? report.sentences.find((s) => s.document === document)!;
  const text = sentence.text.slice(0, 9);
  return { sentence: sentence.id, text, start: sentence.start, end: sentence.start + text.length };
}

/** The fact sheet, its rows deliberately not in reading order (the reporters put disagreements first). */
export function handBuiltFactSheet(report: Report): FactSheet {
  const [a, b, c, d] = report.documents.map((doc) => doc.id) as [string, string, string, string];
  const value = (display: string, low: number, high: number, unit: string, documents: string[]) => ({
    display,
    low,
    high,
    unit,
    documents,
    evidence: documents.map((doc) => evidenceIn(report, doc)),
  });
  return {
    rows: [
      {
        id: 'S1',
        kind: 'time',
        slot: { measure: 'event-time', event: 'main' },
        label: 'time of the alert',
        status: 'agreement',
        values: [value('20:12', 1212, 1212, 'minute', [a, b, c, d])],
        timeline: [],
        finding: null,
      },
      {
        id: 'S2',
        kind: 'quantity',
        slot: { measure: 'deaths', subject: 'valencia' },
        label: 'deaths in Valencia',
        status: 'disagreement',
        values: [value('12', 12, 12, 'person', [a, c]), value('15', 15, 15, 'person', [b]), value('21', 21, 21, 'person', [d])],
        timeline: [],
        finding: report.discrepancies[0]?.id ?? 'd1',
      },
      {
        id: 'S3',
        kind: 'quantity',
        slot: { measure: 'injured' },
        label: 'injured',
        status: 'update',
        values: [value('40', 40, 40, 'person', [a]), value('45', 45, 45, 'person', [d]), value('52', 52, 52, 'person', [b]), value('60', 60, 60, 'person', [c])],
        timeline: [
          { document: a, published: '2024-10-30T09:00:00+02:00', value: 40 },
          { document: b, published: '2024-10-30T12:30:00Z', value: 52 },
          { document: c, published: '2024-10-31T08:00:00Z', value: 60 },
        ],
        finding: null,
      },
      {
        id: 'S4',
        kind: 'quantity',
        slot: { measure: 'count-of:rain', period: '2024' },
        label: HOSTILE_LABEL,
        status: 'agreement',
        values: [value(HOSTILE_DISPLAY, 30, 30, 'mm', [a, b])],
        timeline: [
          { document: a, published: HOSTILE_PUBLISHED, value: 30 },
          { document: b, published: '2024-10-30T12:30:00Z', value: 30 },
        ],
        finding: null,
      },
    ],
    undated: [d],
  };
}

/** The four articles compared (lexical bridge, no cache), with the hand-built fact sheet and publication times to match it. */
export async function reportWithFactSheet(): Promise<Report> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdiff-fact-sheet-'));
  try {
    for (const [name, text] of Object.entries(ARTICLES)) await fs.writeFile(path.join(dir, name), text);
    const report = await compare([dir], { bridge: 'lexical', cacheDir: false, cwd: dir });
    const published = ['2024-10-30T09:00:00+02:00', '2024-10-30T12:30:00Z', '2024-10-31T08:00:00Z', null];
    report.documents.forEach((doc, i) => (doc.published = published[i] ?? null));
    report.factSheet = handBuiltFactSheet(report);
    return report;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
