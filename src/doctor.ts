/**
 * `claimdiff doctor`: what this machine offers the bridge — Apertium and its language pairs, the
 * FreeDict dictionaries — and how to install what is missing. Returns text; the CLI prints it.
 */
import { APERTIUM_PACKAGES, apertiumStatus } from './bridge/apertium.js';
import { DICTIONARY_PACKAGES, dictionaryStatus } from './bridge/dictionary.js';
import { checkCacheDir, defaultCacheDir } from './bridge/cache.js';
import type { LanguageCode } from './types.js';

export interface DoctorReport {
  apertium: { installed: boolean; version?: string; languages: Record<string, 'ready' | string> };
  dictionaries: Array<{ language: LanguageCode; name: string; installed: boolean }>;
  cacheDir: string;
  /** Whether runs can keep translations and dictionaries there, and if not, why. */
  cache: { state: 'writable' } | { state: 'not writable' | 'not readable'; reason: string };
  bridge: Record<string, 'apertium' | 'lexical'>;
  install: string[];
}

export function doctor(env: Record<string, string | undefined> = process.env): DoctorReport {
  const status = apertiumStatus();
  const languages: Record<string, string> = {};
  const bridge: Record<string, 'apertium' | 'lexical'> = {};
  const missingPackages = new Set<string>();
  for (const language of ['fr', 'it'] as const) {
    if (status.languages.includes(language)) {
      languages[language] = 'ready';
      bridge[language] = 'apertium';
    } else {
      languages[language] = `missing ${(status.missing[language] ?? []).join(', ')}`;
      bridge[language] = 'lexical';
      for (const p of APERTIUM_PACKAGES[language] ?? []) missingPackages.add(p);
    }
  }
  const dictionaries = dictionaryStatus();
  for (const d of dictionaries) {
    if (!d.installed) for (const p of DICTIONARY_PACKAGES[d.language] ?? []) if (p.endsWith(d.name.replace('freedict-', ''))) missingPackages.add(p);
  }
  const install = missingPackages.size ? [`apt-get install ${[...missingPackages].sort().join(' ')}`] : [];
  const cacheDir = defaultCacheDir(env);
  // Checked as a run would, by writing there; folders the check had to create are removed again.
  const problem = checkCacheDir(cacheDir, { keep: false });
  const cache: DoctorReport['cache'] = problem ? { state: problem.access === 'read' ? 'not readable' : 'not writable', reason: problem.reason } : { state: 'writable' };
  return { apertium: { installed: status.binary !== undefined, version: status.version, languages }, dictionaries, cacheDir, cache, bridge, install };
}

export function formatDoctor(report: DoctorReport): string {
  const lines: string[] = [];
  lines.push('claimdiff doctor');
  lines.push('');
  lines.push(`Apertium: ${report.apertium.installed ? `installed (${report.apertium.version ?? 'version unknown'})` : 'not installed'}`);
  for (const [language, state] of Object.entries(report.apertium.languages)) {
    lines.push(`  ${language} → en: ${state === 'ready' ? 'ready' : state}`);
  }
  lines.push('FreeDict dictionaries (used by the lexical bridge):');
  for (const d of report.dictionaries) lines.push(`  ${d.name}: ${d.installed ? 'installed' : 'missing'}`);
  lines.push('');
  lines.push(`With --bridge auto, French goes through ${report.bridge.fr}, Italian through ${report.bridge.it}; English is the pivot.`);
  lines.push(`Translation cache: ${report.cacheDir} (change with --cache-dir, turn off with --no-cache)`);
  lines.push(
    report.cache.state === 'writable'
      ? '  writable'
      : `  ${report.cache.state} (${report.cache.reason}): runs will go without a cache; choose another with --cache-dir or XDG_CACHE_HOME`,
  );
  if (report.install.length) {
    lines.push('');
    lines.push('To install what is missing (Debian/Ubuntu, as root):');
    for (const command of report.install) lines.push(`  ${command}`);
  }
  return `${lines.join('\n')}\n`;
}
