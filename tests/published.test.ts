import { describe, expect, it } from 'vitest';
import { findPublicationTime, normalisePublished, type PublicationTime } from '../src/stages/published.js';
import { layoutDocument } from '../src/stages/layout.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { LanguageCode } from '../src/types.js';

const LEDE: Record<LanguageCode, string> = {
  en: 'A strong earthquake struck central Italy on Saturday morning, officials said.',
  fr: 'Un fort séisme a frappé le centre de l’Italie samedi matin, selon les autorités.',
  it: 'Un forte terremoto ha colpito l’Italia centrale sabato mattina, secondo le autorità.',
};
const BODY: Record<LanguageCode, string> = {
  en: 'Rescue teams worked through the night to reach villages cut off by landslides.',
  fr: 'Les secours ont travaillé toute la nuit pour atteindre les villages isolés.',
  it: 'I soccorritori hanno lavorato tutta la notte per raggiungere i paesi isolati.',
};

function find(language: LanguageCode, source: string): PublicationTime | undefined {
  const found = findPublicationTime(source, LANGUAGE_PACKS[language]);
  // Offsets and text always agree.
  if (found) expect(source.slice(found.start, found.end)).toBe(found.text);
  return found;
}

describe('findPublicationTime: cue lines', () => {
  it('reads "Published 14 March 2026, 08:10"', () => {
    const found = find('en', `Quake hits central Italy\nPublished 14 March 2026, 08:10\n\n${LEDE.en}`);
    expect(found).toMatchObject({ published: '2026-03-14T08:10', text: 'Published 14 March 2026, 08:10', from: 'publication-cue' });
    expect(found?.updated).toBeUndefined();
  });

  it('reads "Updated: March 14, 2026 4:20 p.m. ET" with the daylight-saving offset of that day', () => {
    const found = find('en', `Quake hits central Italy\nUpdated: March 14, 2026 4:20 p.m. ET\n\n${LEDE.en}`);
    expect(found).toMatchObject({ published: '2026-03-14T16:20-04:00', updated: '2026-03-14T16:20-04:00', from: 'update-cue' });
    expect(found?.text).toBe('Updated: March 14, 2026 4:20 p.m. ET');
  });

  it('gives ET in winter its standard offset', () => {
    expect(find('en', `Quake hits central Italy\nUpdated: January 14, 2026 4:20 p.m. ET\n\n${LEDE.en}`)?.published).toBe('2026-01-14T16:20-05:00');
  });

  it('reads "Last updated 14/03/2026 16:20" at the foot of the article', () => {
    const source = `Quake hits central Italy\n\n${LEDE.en}\n\n${BODY.en}\n\n${BODY.en}\n\nLast updated 14/03/2026 16:20`;
    expect(find('en', source)).toMatchObject({ published: '2026-03-14T16:20', updated: '2026-03-14T16:20', text: 'Last updated 14/03/2026 16:20' });
  });

  it('reads "Publié le 14 mars 2026 à 11h45"', () => {
    const found = find('fr', `Séisme en Italie\nPublié le 14 mars 2026 à 11h45\n\n${LEDE.fr}`);
    expect(found).toMatchObject({ published: '2026-03-14T11:45', text: 'Publié le 14 mars 2026 à 11h45', from: 'publication-cue' });
  });

  it('reads "Mis à jour le 14/03/2026 à 11:45" and prefers it to the publication time, returning both', () => {
    const found = find('fr', `Séisme en Italie\nPublié le 14 mars 2026 à 09h00 - Mis à jour le 14/03/2026 à 11:45\n\n${LEDE.fr}`);
    expect(found).toMatchObject({ published: '2026-03-14T11:45', updated: '2026-03-14T11:45', firstPublished: '2026-03-14T09:00', from: 'update-cue' });
    expect(found?.text).toBe('Mis à jour le 14/03/2026 à 11:45');
  });

  it('reads "Pubblicato il 14 marzo 2026 alle 16:20"', () => {
    const found = find('it', `Terremoto in Italia\nPubblicato il 14 marzo 2026 alle 16:20\n\n${LEDE.it}`);
    expect(found).toMatchObject({ published: '2026-03-14T16:20', text: 'Pubblicato il 14 marzo 2026 alle 16:20' });
  });

  it('reads "Aggiornato alle 16:20 del 14 marzo 2026", time before date', () => {
    const found = find('it', `Terremoto in Italia\nAggiornato alle 16:20 del 14 marzo 2026\n\n${LEDE.it}`);
    expect(found).toMatchObject({ published: '2026-03-14T16:20', updated: '2026-03-14T16:20', text: 'Aggiornato alle 16:20 del 14 marzo 2026' });
  });

  it('gives an update time without a date the day of the publication', () => {
    const found = find('it', `Terremoto in Italia\nPubblicato il 14 marzo 2026 alle 10:00 | Aggiornato alle 16:20\n\n${LEDE.it}`);
    expect(found).toMatchObject({ published: '2026-03-14T16:20', updated: '2026-03-14T16:20', firstPublished: '2026-03-14T10:00' });
  });

  it('reads "Ultimo aggiornamento:" at the foot', () => {
    const source = `Terremoto in Italia\n\n${LEDE.it}\n\n${BODY.it}\n\nUltimo aggiornamento: 14/03/2026 16:20`;
    expect(find('it', source)?.updated).toBe('2026-03-14T16:20');
  });

  it('takes the latest of several update times', () => {
    const source = `Quake hits central Italy\nUpdated 14 March 2026 10:00\n\n${LEDE.en}\n\n${BODY.en}\n\nLast updated 14 March 2026 16:20`;
    expect(find('en', source)?.updated).toBe('2026-03-14T16:20');
  });

  it('writes the offset of a stated zone: a city, CET, GMT+1', () => {
    expect(find('fr', `Séisme en Italie\nPublié le 3 mai 2023 à 14h05 heure de Paris\n\n${LEDE.fr}`)?.published).toBe('2023-05-03T14:05+02:00');
    expect(find('it', `Terremoto in Italia\nPubblicato il 3 maggio 2023 alle 14:05 CET\n\n${LEDE.it}`)?.published).toBe('2023-05-03T14:05+01:00');
    expect(find('en', `Quake hits Italy\nPublished 3 May 2023 14:05 GMT+1\n\n${LEDE.en}`)?.published).toBe('2023-05-03T14:05+01:00');
  });

  it('skips weekdays, prepositions and a byline around the stamp', () => {
    const found = find('en', `Quake hits central Italy\nPublished on Tue 14 March 2026 at 08:10 | By Jane Doe\n\n${LEDE.en}`);
    expect(found).toMatchObject({ published: '2026-03-14T08:10', text: 'Published on Tue 14 March 2026 at 08:10' });
  });

  it('reads an English numeric date month first when only that order fits', () => {
    expect(find('en', `Quake hits central Italy\nUpdated 03/14/2026\n\n${LEDE.en}`)?.published).toBe('2026-03-14');
  });
});

describe('findPublicationTime: dates at the head', () => {
  it('reads a date alone in parentheses: "(Mercoledì 3 maggio 2023)"', () => {
    const found = find('it', `Terremoto in Turchia, il bilancio sale\n(Mercoledì 3 maggio 2023)\n\n${LEDE.it}`);
    expect(found).toMatchObject({ published: '2023-05-03', text: 'Mercoledì 3 maggio 2023', from: 'head-date' });
  });

  it('reads a date alone: "Mercredi 3 mai 2023"', () => {
    expect(find('fr', `Séisme en Turquie : le bilan s’alourdit\nMercredi 3 mai 2023\n\n${LEDE.fr}`)).toMatchObject({ published: '2023-05-03', text: 'Mercredi 3 mai 2023' });
  });

  it('reads an ISO time alone: "2026-03-14T08:10:00Z"', () => {
    expect(find('en', `Quake hits central Italy\n2026-03-14T08:10:00Z\n\n${LEDE.en}`)).toMatchObject({ published: '2026-03-14T08:10:00Z', text: '2026-03-14T08:10:00Z' });
  });

  it('reads a dateline with its year: "ROME, May 3, 2023 (Reuters) -"', () => {
    const found = find('en', `Italy approves budget\n\nROME, May 3, 2023 (Reuters) - Italy's government on Wednesday approved a budget plan, officials said.`);
    expect(found).toMatchObject({ published: '2023-05-03', text: 'ROME, May 3, 2023', from: 'dateline' });
  });

  it('leaves a dateline without a year unread: "ROME, May 3 (Reuters) -"', () => {
    expect(find('en', `Italy approves budget\n\nROME, May 3 (Reuters) - Italy's government on Wednesday approved a budget plan, officials said.`)).toBeUndefined();
  });

  it('completes a dateline without a year from the copyright line', () => {
    const source = `Italy approves budget\n\nROME, May 3 (Reuters) - Italy's government on Wednesday approved a budget plan, officials said.\n\n© 2023 Reuters`;
    expect(find('en', source)).toMatchObject({ published: '2023-05-03', text: 'ROME, May 3' });
  });

  it('reads a French wire dateline: "PARIS, 3 mai 2023 (AFP) -"', () => {
    const found = find('fr', 'PARIS, 3 mai 2023 (AFP) - Des milliers de personnes ont manifesté mercredi dans les rues de la capitale.');
    expect(found).toMatchObject({ published: '2023-05-03', from: 'dateline' });
  });

  it('keeps the span of a dateline under a publication line: "CORVALA, Ombrevia, Aug 11 (Wire) -"', () => {
    const source = 'Heat record in Ombrevia\nPublished 11 August 2026, 06:15 GMT\n\nCORVALA, Ombrevia, Aug 11 (Northgate Wire) - The temperature in Corvala climbed to 47.3 degrees Celsius on Monday, the ministry said.';
    const found = find('en', source)!;
    expect(found).toMatchObject({ published: '2026-08-11T06:15Z', from: 'publication-cue' });
    expect(source.slice(found.dateline!.start, found.dateline!.end)).toBe('CORVALA, Ombrevia, Aug 11');
  });

  it('reads Markdown front matter', () => {
    const source = `---\ntitle: Quake\ndate: 2026-03-14T08:10:00+01:00\nlastmod: "2026-03-14T16:20:00+01:00"\n---\n# Quake hits central Italy\n\n${LEDE.en}`;
    expect(find('en', source)).toMatchObject({ published: '2026-03-14T16:20:00+01:00', updated: '2026-03-14T16:20:00+01:00', firstPublished: '2026-03-14T08:10:00+01:00', from: 'front-matter' });
  });

  it('uses the layout to see past page furniture above the headline', () => {
    const source = [
      'Menu Menu', 'SELECT LANGUAGE BELOW', '', 'Storm floods the valley as rivers burst their banks overnight', '',
      'Rivers burst their banks after three days of rain, forcing thousands from their homes.', '', '(Sunday 3 May 2023)', '',
      'Heavy rain flooded the valley on Sunday, forcing 3,000 residents from their homes, officials said.',
    ].join('\n');
    const layout = layoutDocument(source, 'text', Object.values(LANGUAGE_PACKS));
    expect(findPublicationTime(source, LANGUAGE_PACKS.en, layout)?.published).toBe('2023-05-03');
  });

  it('reads CRLF text with a byte-order mark', () => {
    expect(find('fr', `\ufeffSéisme en Italie\r\nPublié le 14 mars 2026 à 11h45\r\n\r\n${LEDE.fr}\r\n`)?.text).toBe('Publié le 14 mars 2026 à 11h45');
  });
});

describe('findPublicationTime: what is not the publication time', () => {
  it('ignores a date about the event in the third paragraph: "il 3 maggio 2023 il sisma…"', () => {
    const source = `Terremoto in Turchia, il ricordo\n\n${LEDE.it}\n\n${BODY.it}\n\nil 3 maggio 2023 il sisma ha distrutto interi quartieri della città di Malatya.`;
    expect(find('it', source)).toBeUndefined();
  });

  it('prefers a cue line to a full date in the lede', () => {
    const source = `Terremoto in Turchia\nPubblicato il 14 marzo 2026\n\nIl 3 maggio 2023 il sisma ha distrutto interi quartieri della città di Malatya, ricordano i residenti.`;
    expect(find('it', source)?.published).toBe('2026-03-14');
  });

  it('ignores a headline holding a year', () => {
    expect(find('en', `Elections 2026: what the polls say about the vote\n\n${LEDE.en}`)).toBeUndefined();
    expect(find('it', `Turchia, il sisma del 6 febbraio 2023 un anno dopo\n\n${LEDE.it}`)).toBeUndefined();
    expect(find('fr', `Séisme du 6 février 2023 : un an après\n\n${LEDE.fr}`)).toBeUndefined();
    expect(find('fr', `Turquie, 6 février 2023 – les rescapés racontent\n\n${LEDE.fr}`)).toBeUndefined();
  });

  it('ignores an update cue inside a sentence', () => {
    expect(find('en', 'Quake toll rises\n\nThe toll was updated on 14 March 2026 by officials, who said 40 people had died.')).toBeUndefined();
  });

  it('ignores a date that ends a hard-wrapped sentence', () => {
    const source = 'Terremoto in Turchia\n\nUn forte terremoto ha colpito la Turchia orientale nella notte del\n3 maggio 2023.\nLe autorità hanno parlato di centinaia di vittime.';
    expect(find('it', source)).toBeUndefined();
  });

  it('ignores a date line in the middle of a long article', () => {
    const body = Array.from({ length: 6 }, () => BODY.en).join('\n\n');
    const source = `Quake hits central Italy\n\n${LEDE.en}\n\n${body}\n\n3 May 2023\n\n${body}`;
    expect(find('en', source)).toBeUndefined();
  });

  it('ignores a cue line in the middle of a long article', () => {
    const body = Array.from({ length: 10 }, () => BODY.en).join('\n\n');
    const source = `Quake hits central Italy\n\n${LEDE.en}\n\n${body}\n\nUpdated 14 March 2026 16:20\n\n${body}`;
    expect(find('en', source)).toBeUndefined();
  });

  it('ignores a publication line at the foot, which is often a related article\'s', () => {
    const source = `Quake hits central Italy\n\n${LEDE.en}\n\n${BODY.en}\n\nRelated News\nFloods hit the north\nPublished 2 March 2026`;
    expect(find('en', source)).toBeUndefined();
  });

  it('leaves a numeric date that reads both ways unread', () => {
    expect(find('en', `Quake hits central Italy\nUpdated 03/05/2026\n\n${LEDE.en}`)).toBeUndefined();
  });

  it('leaves a relative time unread', () => {
    expect(find('en', `Quake hits central Italy\nUpdated 2 hours ago\n\n${LEDE.en}`)).toBeUndefined();
    expect(find('it', `Facebook avrebbe venduto le chat\nRedazione\nun mese fa\n\n${LEDE.it}`)).toBeUndefined();
  });

  it('rejects an impossible date', () => {
    expect(find('en', `Quake hits central Italy\nPublished 31 February 2026\n\n${LEDE.en}`)).toBeUndefined();
  });

  it('finds nothing in an article without dates', () => {
    expect(find('en', `Quake hits central Italy\n\n${LEDE.en}\n\n${BODY.en}`)).toBeUndefined();
    expect(find('en', '')).toBeUndefined();
  });

  it('does not read a huge first line as a cue line, and stays quick', () => {
    const source = `Published 14 March 2026, 08:10 ${'word '.repeat(400_000)}`;
    const started = performance.now();
    expect(find('en', source)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('normalisePublished', () => {
  it('keeps an ISO value as written', () => {
    expect(normalisePublished('2026-03-14T08:10:00+01:00')).toBe('2026-03-14T08:10:00+01:00');
    expect(normalisePublished('2026-03-14T08:10:00.000Z')).toBe('2026-03-14T08:10:00.000Z');
    expect(normalisePublished('2026-03-14')).toBe('2026-03-14');
  });

  it('writes ISO variants the standard way', () => {
    expect(normalisePublished(' 2026-03-14 08:10:00+0100 ')).toBe('2026-03-14T08:10:00+01:00');
    expect(normalisePublished('20260314T081000Z')).toBe('2026-03-14T08:10:00Z');
  });

  it('turns RFC 2822 and HTTP dates into ISO', () => {
    expect(normalisePublished('Tue, 14 Mar 2026 08:10:00 GMT')).toBe('2026-03-14T08:10:00Z');
    expect(normalisePublished('Tue, 14 Mar 2026 08:10:00 +0100')).toBe('2026-03-14T08:10:00+01:00');
    expect(normalisePublished('14 Mar 2026 08:10 EST')).toBe('2026-03-14T08:10:00-05:00');
  });

  it('reads a written date in the language that writes it', () => {
    expect(normalisePublished('14 mars 2026 à 11h45')).toBe('2026-03-14T11:45');
    expect(normalisePublished('March 14, 2026')).toBe('2026-03-14');
    expect(normalisePublished('14/03/2026')).toBe('2026-03-14');
  });

  it('leaves a numeric date that reads both ways to the pack', () => {
    expect(normalisePublished('03/05/2026')).toBeUndefined();
    expect(normalisePublished('03/05/2026', LANGUAGE_PACKS.it)).toBe('2026-05-03');
  });

  it('rejects what is no date', () => {
    expect(normalisePublished('')).toBeUndefined();
    expect(normalisePublished('yesterday')).toBeUndefined();
    expect(normalisePublished('2026-02-30')).toBeUndefined();
    expect(normalisePublished('2026-03-14T25:10:00Z')).toBeUndefined();
    expect(normalisePublished('Tue, 14 Foo 2026 08:10:00 GMT')).toBeUndefined();
  });
});
