import type { LanguageCode } from '../types.js';
import type { LanguagePack } from './types.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';

export type { LanguagePack } from './types.js';

/** The language packs, by ISO 639-1 code. */
export const LANGUAGE_PACKS: Readonly<Record<LanguageCode, LanguagePack>> = { en, fr, it };

export const SUPPORTED_LANGUAGES: readonly LanguageCode[] = ['fr', 'it', 'en'];

export function isSupportedLanguage(code: string): code is LanguageCode {
  return Object.hasOwn(LANGUAGE_PACKS, code);
}

export function packFor(code: string): LanguagePack | undefined {
  return isSupportedLanguage(code) ? LANGUAGE_PACKS[code] : undefined;
}
