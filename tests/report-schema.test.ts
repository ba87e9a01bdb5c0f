import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { CORPUS, FIXTURES, ROOT, captureIo } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

async function jsonReport(args: string[]): Promise<unknown> {
  const io = captureIo();
  expect(await run(['compare', ...args, '--format', 'json'], io)).toBe(0);
  return JSON.parse(io.out());
}

describe('the JSON report contract', () => {
  it('validates against docs/report.schema.json on the corpus', async () => {
    const report = await jsonReport([CORPUS]);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('validates on fixtures of every input format, with warnings', async () => {
    const report = await jsonReport([path.join(FIXTURES, 'ingest'), path.join(FIXTURES, 'boilerplate'), path.join(FIXTURES, 'nope.txt')]);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('validates on a story with day ranges, rates and times in several zones', async () => {
    const dir = path.join(FIXTURES, 'stories-fresh', 'strike');
    const files = ['en-wire.txt', 'fr-eco.txt', 'it-economia.txt', 'en-paper.txt'].map((f) => path.join(dir, f));
    const report = await jsonReport([...files, '--bridge', 'lexical']);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(JSON.stringify(report)).toContain('"endDay"');
  });

  it('rejects what breaks the contract (the schema is not a rubber stamp)', async () => {
    const report = (await jsonReport([CORPUS])) as { sentences: Array<Record<string, unknown>> };
    delete report.sentences[0]!.start;
    expect(validate(report)).toBe(false);
  });

  it('is byte-identical whatever the order of the inputs', async () => {
    const files = ['000_3094a770bdbee7af.txt', '001_0f2e79a83c14df18.txt', '002_8fc106e6610d9e3d.txt', '003_53709d8443e247b0.txt', '004_740091bb139942d7.txt'].map((f) => path.join('corpus', f));
    const forward = captureIo();
    const backward = captureIo();
    await run(['compare', ...files, '--format', 'json'], forward);
    await run(['compare', ...[...files].reverse(), '--format', 'json'], backward);
    expect(backward.out()).toBe(forward.out());
    const again = captureIo();
    await run(['compare', 'corpus', '--format', 'json'], again);
    expect(again.out()).toBe(forward.out());
  });
});
