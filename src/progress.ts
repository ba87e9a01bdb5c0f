/**
 * The progress bar of the command line: stages and counts on standard error, drawn with cli-progress,
 * only on a terminal, only with no --quiet, and only once a run has lasted a second (a short run
 * should print its report and nothing else). The library reports the same events through its
 * `onProgress` callback; this module only draws them.
 */
import cliProgress from 'cli-progress';
import type { ProgressEvent } from './types.js';
import type { OutputStream } from './cli.js';

export interface ProgressOptions {
  /** Nothing is drawn before this many milliseconds. */
  delayMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export interface Progress {
  onProgress(event: ProgressEvent): void;
  /** Removes the bar, if one was drawn. */
  stop(): void;
}

const UNITS: Record<string, string> = {
  ingest: 'files read',
  'detect-language': 'documents',
  segment: 'documents',
  'extract-facts': 'documents',
  bridge: 'sentences translated',
  align: 'sentences searched',
  rules: 'rules',
  report: '',
};

/** A drawer for `stream`, or one that draws nothing when `stream` is not a terminal. */
export function createProgress(stream: OutputStream, options: ProgressOptions = {}): Progress {
  if (stream.isTTY !== true) return { onProgress() {}, stop() {} };
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const started = now();
  let bar: cliProgress.SingleBar | undefined;
  let stage = '';
  return {
    onProgress(event) {
      if (!bar) {
        if (now() - started < delay) return;
        bar = new cliProgress.SingleBar(
          {
            stream: stream as NodeJS.WritableStream,
            format: 'claimdiff {stage} [{bar}] {value}/{total} {unit}',
            barsize: 24,
            hideCursor: true,
            clearOnComplete: true,
            linewrap: false,
            // Stages run in long synchronous loops: draw on update, not on a timer.
            synchronousUpdate: true,
            fps: 10,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(event.total, 1), event.done, { stage: event.stage, unit: event.message ?? UNITS[event.stage] ?? '' });
        stage = event.stage;
        return;
      }
      if (event.stage !== stage) {
        stage = event.stage;
        bar.setTotal(Math.max(event.total, 1));
      }
      bar.update(event.done, { stage: event.stage, unit: event.message ?? UNITS[event.stage] ?? '' });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
