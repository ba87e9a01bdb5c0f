import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/facts/quantities.js';
import { parseNumeral } from '../src/facts/numerals.js';
import { isNegated } from '../src/facts/modality.js';
import { LANGUAGE_PACKS } from '../src/lang/index.js';
import type { LanguageCode } from '../src/types.js';

describe('numerals in digits', () => {
  it.each<[string, LanguageCode, number | undefined]>([
    ['6,4', 'fr', 6.4],
    ['6.4', 'en', 6.4],
    ['7,8', 'it', 7.8],
    ['4 210', 'fr', 4210],
    ['4\u00a0210', 'fr', 4210],
    ['4\u202f210', 'fr', 4210],
    ['12.000', 'it', 12000],
    ['2.750', 'it', 2750],
    ['1.200', 'it', 1200],
    ['12,000', 'en', 12000],
    ['1,200,000', 'en', 1200000],
    ['1.200.000', 'it', 1200000],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'fr', 1234.5],
    ['2017', 'en', 2017],
    ['3 615', 'fr', 3615],
    ['12.', 'en', undefined],
  ])('%s in %s is %s', (text, language, value) => {
    expect(parseNumeral(text, language)).toBe(value);
  });
});

describe('durations and periods, in days', () => {
  it.each<[LanguageCode, string, string, number]>([
    ['fr', 'pendant près de dix ans', 'près de dix ans', 3650],
    ['fr', 'depuis une décennie', 'une décennie', 3650],
    ['fr', 'toutes les deux semaines', 'deux semaines', 14],
    ['fr', 'tous les quinze jours', 'quinze jours', 14],
    ['fr', 'de retour dans une quinzaine', 'une quinzaine', 14],
    ['fr', 'moins d’un mois après', 'moins d’un mois', 30],
    ['fr', 'une dizaine d’années', 'une dizaine d’années', 3650],
    ['it', 'per quasi 10 anni', 'quasi 10 anni', 3650],
    ['it', 'una decina d’anni', 'una decina d’anni', 3650],
    ['it', 'per quasi un decennio', 'quasi un decennio', 3650],
    ['it', 'un rapporto quindicinale', 'quindicinale', 14],
    ['it', 'entro un mese', 'entro un mese', 30],
    ['en', 'for nearly a decade', 'nearly a decade', 3650],
    ['en', 'fortnightly reports', 'fortnightly', 14],
    ['en', 'every two weeks', 'every two weeks', 14],
    ['en', 'within a month', 'within a month', 30],
    ['en', 'for 48 hours', '48 hours', 2],
  ])('%s: "%s" → "%s" = %d days', (language, text, span, days) => {
    const found = findQuantities(text, 100, LANGUAGE_PACKS[language]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, value: days, category: 'duration', unit: 'day' });
    // Offsets point into the document: the text started at 100.
    expect(text.slice(found[0]!.start - 100, found[0]!.end - 100)).toBe(span);
  });
});

describe('words that negate by their meaning', () => {
  it.each<[LanguageCode, string, number]>([
    ['en', 'The name is still unknown to the authorities.', 1],
    ['en', 'His wife was not hurt.', 0],
    ['en', 'A free trade deal without tariffs.', 1],
    ['fr', 'Les autorités ignorent encore son nom.', 1],
    ['fr', 'Le moteur est tombé, sans faire de blessés.', 1],
    ['it', 'I neutroni sono privi di carica.', 1],
    ['it', 'Un investitore privato.', 0],
    ['it', 'La moglie è rimasta illesa.', 1],
  ])('%s: %s → %i', (language, text, count) => {
    expect(countNegativeWords(text, LANGUAGE_PACKS[language])).toBe(count);
  });
});

describe('negation', () => {
  it.each<[LanguageCode, string, boolean]>([
    ['en', 'Meta did not share messages.', true],
    ['en', 'Meta didn’t share messages.', true],
    ['en', 'Meta never shared messages.', true],
    ['en', 'Meta shared messages.', false],
    ['en', 'It is not only Meta.', false],
    ['en', 'Receipts from non-Facebook users.', false],
    // A condition or an alternative denies nothing: "if not paid", "hundreds, if not thousands", "whether or not".
    ['en', 'They threatened to publish the data if not paid by December 1.', false],
    ['en', 'Hundreds, if not thousands, of files were taken, whether or not they were encrypted.', false],
    ['it', 'Sono centinaia, se non migliaia, che sia vero o no.', false],
    ['fr', 'Que ce soit vrai ou non, des centaines de fichiers ont été volés.', false],
    ['fr', 'Meta ne partageait pas les messages.', true],
    ['fr', 'Aucun tiers ne lisait vos messages.', true],
    ['fr', 'Meta partageait les messages.', false],
    ['fr', 'Il ne reste que deux plaignants.', false],
    ['fr', 'Les reçus non Facebook.', false],
    ['it', 'Meta non condivideva i messaggi.', true],
    ['it', 'Nessuno leggeva i messaggi.', true],
    ['it', 'Meta condivideva i messaggi.', false],
    ['it', 'Non a caso, i due sono amici.', false],
    ['it', 'Non si è poi fatta attendere una class action.', false],
    // Particle negations, idioms, and what only looks negative.
    ['fr', "Les hominidés n'utilisent plus leurs mains.", true],
    ['fr', "Personne n'a été blessé.", true],
    ['fr', "Il n'a vu personne.", true],
    ['fr', 'Toute personne souhaitant voir la momie sera déçue.', false],
    ['fr', 'Les effets, et non la peur, comptaient.', true],
    ['fr', "N'oubliez pas votre passeport.", false],
    ['fr', 'Ils redirigent tout le trafic, pas seulement le web.', false],
    ['en', 'Hominids no longer use their hands.', true],
    ['en', "Don't forget your passport.", false],
    ['it', 'È meglio non provare a lanciare.', true],
    ['it', 'Andate nei quartieri che non frequentate.', true],
    ['it', 'I dati non condivisi restano privati.', false],
    ['it', 'Sono i peggiori mai visti.', false],
    ['it', 'Rappresenta un problema non da poco.', false],
    ['it', 'Non dimenticate il passaporto.', false],
    ['it', 'Imparare a pensare in maniera non lineare.', false],
    ['it', 'Ha deciso di non ratificare il trattato.', true],
    ['it', 'Non consiste solo nel dare.', false],
    ['it', "Non c'è un solo modo valido per imparare.", true],
    ['it', 'È più economico che non acquistare nuove carte.', false],
  ])('%s: %s → %s', (language, text, negated) => {
    expect(isNegated(text, LANGUAGE_PACKS[language])).toBe(negated);
  });
});

import { findDates, findTimes } from '../src/facts/dates.js';
import { countryCode, editDistance, findNames, markMisspellings, type NameFact } from '../src/facts/names.js';
import { countNegativeWords, findModality } from '../src/facts/modality.js';
import { analyse } from '../src/index.js';
import { tokenize } from '../src/stages/segment.js';

const q = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]);

describe('quantities as intervals', () => {
  it.each<[LanguageCode, string, string, string, string, number, number]>([
    // language, text, span, category, unit, low, high
    ['fr', 'une magnitude de 6,4', 'magnitude de 6,4', 'magnitude', 'magnitude', 6.351, 6.449],
    ['en', 'a magnitude 6.4 quake', 'magnitude 6.4', 'magnitude', 'magnitude', 6.351, 6.449],
    ['it', 'un terremoto di magnitudo 7,8', 'di magnitudo 7,8', 'magnitude', 'magnitude', 7.751, 7.849],
    ['fr', '4 210 personnes', '4 210 personnes', 'people', 'person', 4209.51, 4210.49],
    ['fr', '4\u00a0210 personnes', '4\u00a0210 personnes', 'people', 'person', 4209.51, 4210.49],
    ['fr', '4\u202f210 personnes', '4\u202f210 personnes', 'people', 'person', 4209.51, 4210.49],
    ['it', '2.750 edifici', '2.750 edifici', 'buildings', 'building', 2749.51, 2750.49],
    ['it', '1.200 feriti', '1.200 feriti', 'people', 'injured', 1199.51, 1200.49],
    ['fr', '3 615 morts', '3 615 morts', 'people', 'killed', 3614.51, 3615.49],
    ['it', '12.000 vittime', '12.000 vittime', 'people', 'killed', 11999.51, 12000.49],
    ['it', '12mila persone', '12mila persone', 'people', 'person', 11510, 12490],
    ['it', '48mila sfollati', '48mila', 'count', '', 47510, 48490],
    ['en', 'US$150 million', 'US$150 million', 'money', 'USD', 149510000, 150490000],
    ['en', '$150 million in ads', '$150 million', 'money', 'USD', 149510000, 150490000],
    ['fr', '150 millions de dollars', '150 millions de dollars', 'money', 'USD', 149510000, 150490000],
    ['it', '150 milioni di dollari', '150 milioni di dollari', 'money', 'USD', 149510000, 150490000],
    ['fr', "2,4 milliards d'euros", "2,4 milliards d'euros", 'money', 'EUR', 2.351e9, 2.449e9],
    ['en', '3 thousand 112 people', '3 thousand 112 people', 'people', 'person', 3111.51, 3112.49],
    ['en', '28% of users', '28%', 'percent', '%', 27.51, 28.49],
    ['fr', '28 % des utilisateurs', '28 %', 'percent', '%', 27.51, 28.49],
    ['it', 'il 38 per cento', '38 per cento', 'percent', '%', 37.51, 38.49],
    ['fr', 'dix morts', 'dix morts', 'people', 'killed', 10, 10],
    // Ranges: the first number at the second's scale and unit.
    ['fr', 'deux à trois millions de personnes', 'deux à trois millions de personnes', 'people', 'person', 2e6, 3e6],
    ['fr', 'entre deux et trois millions de personnes', 'entre deux et trois millions de personnes', 'people', 'person', 2e6, 3e6],
    ['en', 'two to three million people', 'two to three million people', 'people', 'person', 2e6, 3e6],
    ['en', 'between 2 and 3 million people', 'between 2 and 3 million people', 'people', 'person', 1.51e6, 3.49e6],
    ['it', 'tra 2 e 3 milioni di persone', 'tra 2 e 3 milioni di persone', 'people', 'person', 1.51e6, 3.49e6],
    ['en', '2-3 million people', '2-3 million people', 'people', 'person', 1.51e6, 3.49e6],
    ['en', 'one hundred and five people', 'one hundred and five people', 'people', 'person', 105, 105],
    ['fr', 'des fossiles vieux de deux à trois millions d’années', 'deux à trois millions d’années', 'duration', 'day', 2e6 * 365, 3e6 * 365],
    ['it', 'fossili di due/tre milioni di anni', 'due/tre milioni di anni', 'duration', 'day', 2e6 * 365, 3e6 * 365],
    ['fr', 'sous une chaleur de 32 ° C', '32 ° C', 'temperature', '°C', 31.51, 32.49],
    ['it', 'con temperature pari a 90 °F', '90 °F', 'temperature', '°C', 31.95, 32.49],
    // A figure joined to its unit by a hyphen.
    ['en', 'on the 26.2-mile course', '26.2-mile', 'distance', 'km', 42.077, 42.2346],
    ['en', 'a 38-metre tunnel', '38-metre', 'distance', 'km', 0.03751, 0.03849],
    ['en', 'in 102-degree heat', '102-degree', 'temperature', '°C', 101.51, 102.49],
    ['fr', 'vingt et un ans', 'vingt et un ans', 'duration', 'day', 7665, 7665],
    ['fr', 'quinze blessés', 'quinze blessés', 'people', 'injured', 15, 15],
    ['fr', 'cent personnes', 'cent personnes', 'people', 'person', 100, 100],
    ['fr', 'mille personnes', 'mille personnes', 'people', 'person', 1000, 1000],
    ['fr', 'un million de dollars', 'un million de dollars', 'money', 'USD', 1e6, 1e6],
    ['fr', 'un milliard d’euros', 'un milliard d’euros', 'money', 'EUR', 1e9, 1e9],
    ['fr', 'deux bâtiments', 'deux bâtiments', 'buildings', 'building', 2, 2],
    ['it', 'dieci morti', 'dieci morti', 'people', 'killed', 10, 10],
    ['it', 'due milioni di euro', 'due milioni di euro', 'money', 'EUR', 2e6, 2e6],
    ['it', 'mille feriti', 'mille feriti', 'people', 'injured', 1000, 1000],
    ['it', 'un miliardo di dollari', 'un miliardo di dollari', 'money', 'USD', 1e9, 1e9],
    ['it', 'ventitré vittime', 'ventitré vittime', 'people', 'killed', 23, 23],
    ['en', 'ten people were killed', 'ten people', 'people', 'person', 10, 10],
    ['en', 'one hundred houses', 'one hundred houses', 'buildings', 'building', 100, 100],
    ['en', 'a billion dollars', 'a billion dollars', 'money', 'USD', 1e9, 1e9],
    ['en', 'twenty-five injured', 'twenty-five injured', 'people', 'injured', 25, 25],
    ['fr', 'des centaines de millions de dollars', 'des centaines de millions de dollars', 'money', 'USD', 2e8, 9.99e8],
    ['it', 'centinaia di persone', 'centinaia di persone', 'people', 'person', 200, 999],
    ['en', 'hundreds of millions of dollars', 'hundreds of millions of dollars', 'money', 'USD', 2e8, 9.99e8],
    ['fr', 'des milliards de dollars', 'des milliards de dollars', 'money', 'USD', 2e9, 9.99e11],
    ['en', 'millions of dollars', 'millions of dollars', 'money', 'USD', 2e6, 9.99e8],
    ['fr', 'environ 4,6 km', 'environ 4,6 km', 'distance', 'km', 4.14, 5.06],
    ['en', '5 kilometres', '5 kilometres', 'distance', 'km', 4.51, 5.49],
    ['it', 'circa 30 chilometri', 'circa 30 chilometri', 'distance', 'km', 27, 33],
    ['fr', 'plus de trois ans', 'plus de trois ans', 'duration', 'day', 1095.1095, 2190],
    ['en', 'almost three years', 'almost three years', 'duration', 'day', 930.75, 1095],
    ['fr', 'au moins 12 morts', 'au moins 12 morts', 'people', 'killed', 12, Number.POSITIVE_INFINITY],
    ['fr', 'moins de 10 blessés', 'moins de 10 blessés', 'people', 'injured', 0, 9.999],
    ['fr', 'presque 20 morts', 'presque 20 morts', 'people', 'killed', 17, 20.49],
    ['it', 'oltre 200 feriti', 'oltre 200 feriti', 'people', 'injured', 200.02, 400],
    ['it', 'almeno 5 morti', 'almeno 5 morti', 'people', 'killed', 5, Number.POSITIVE_INFINITY],
    ['it', 'più di 100 persone', 'più di 100 persone', 'people', 'person', 100.01, 200],
    ['it', 'fino a 300 euro', 'fino a 300 euro', 'money', 'EUR', 0, 300.49],
    ['en', 'more than 500 million users', 'more than 500 million users', 'people', 'person', 500.05e6, 1e9],
    ['en', 'at least 12 dead', 'at least 12 dead', 'people', 'killed', 12, Number.POSITIVE_INFINITY],
    ['en', 'up to 40 people', 'up to 40 people', 'people', 'person', 0, 40.49],
    ['en', 'upwards of 1,000 homes', 'upwards of 1,000 homes', 'buildings', 'building', 1000.1, 2000],
    ['en', 'nearly 300 victims', 'nearly 300 victims', 'people', 'killed', 255, 300.49],
    // A speed said in words, an area, a million written "m" before what it counts.
    ['it', 'a 90 chilometri orari', '90 chilometri orari', 'rate', 'km/day', 89.51 * 24, 90.49 * 24],
    ['fr', 'à 80 kilomètres à l’heure', '80 kilomètres à l’heure', 'rate', 'km/day', 79.51 * 24, 80.49 * 24],
    ['it', '5.200 ettari in cenere', '5.200 ettari', 'area', 'ha', 5199.51, 5200.49],
    ['en', 'scorches 15,000 acres', '15,000 acres', 'area', 'ha', 14999.51 * 0.4047, 15000.49 * 0.4047],
    ['en', 'now has 148m monthly active users', '148m monthly active users', 'people', 'person', 147.51e6, 148.49e6],
    ['en', 'the €150m penalty', '€150m', 'money', 'EUR', 149.51e6, 150.49e6],
    // Spans of two units, or with a half before the unit, are one span.
    ['it', 'condannato a 7 anni e 6 mesi', '7 anni e 6 mesi', 'duration', 'day', 6.51 * 365 + 5.51 * 30, 7.49 * 365 + 6.49 * 30],
    ['en', 'jailed for seven and a half years', 'seven and a half years', 'duration', 'day', 7.5 * 365, 7.5 * 365],
    // One word between an amount and its rate: "240 euros brut par mois".
    ['fr', 'soit environ 240 euros brut par mois', 'environ 240 euros brut par mois', 'rate', 'EUR/day', (240 * 0.9) / 30, (240 * 1.1) / 30],
  ])('%s: %s', (language, text, span, category, unit, low, high) => {
    const found = q(text, language);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, category, unit });
    expect(found[0]!.low).toBeCloseTo(low, 3);
    if (Number.isFinite(high)) expect(found[0]!.high).toBeCloseTo(high, 3);
    else expect(found[0]!.high).toBe(high);
  });

  it('reads a time unit after a rate word as how often, not as the unit: "121 million a year earlier"', () => {
    expect(q('users, up from 121 million a year earlier', 'en').map((f) => [f.text, f.category])).toEqual([['121 million', 'count'], ['a year', 'duration']]);
    expect(q('un risparmio di 60 milioni l’anno', 'it').map((f) => [f.text, f.category])).toEqual([['60 milioni', 'count']]);
  });

  it('reads numbers in words after a scale, dozens as a scale, and no "a second" as a span', () => {
    expect(q('raccogliere un milione e duecentomila firme', 'it').map((f) => f.value)).toEqual([1_200_000]);
    expect(q('ha incassato oltre due dozzine di Emmy', 'it').map((f) => f.value)).toEqual([24]);
    expect(q('è scomparso al secondo avvicinamento', 'it')).toEqual([]);
    expect(q('a second blast shook the town', 'en')).toEqual([]);
    expect(q('500 pieds de là', 'fr').map((f) => [f.category, f.unit])).toEqual([['distance', 'km']]);
  });

  it('reads a number joined to a time unit by a hyphen as a span', () => {
    expect(q('A 64-year-old shepherd was found dead', 'en').map((f) => [f.text, f.category, f.value])).toEqual([['64-year-old', 'duration', 64 * 365]]);
    expect(q('has agreed a five-year contract', 'en').map((f) => [f.text, f.value])).toEqual([['five-year', 5 * 365]]);
    expect(q('a long-term plan', 'en')).toEqual([]);
  });

  it('reads basis points as a change of a rate, not a count of points', () => {
    expect(q('relevé son taux de 75 points de base', 'fr').map((f) => [f.text, f.category, f.unit])).toEqual([['75 points de base', 'percent', 'bp']]);
    expect(q('raised by 50 basis points', 'en').map((f) => [f.category, f.unit])).toEqual([['percent', 'bp']]);
  });

  it('reads rain in millimetres as a length', () => {
    expect(q('la station a enregistré 213 millimètres en 48 heures', 'fr').filter((f) => f.category === 'distance').map((f) => [f.text, f.value])).toEqual([['213 millimètres', 0.000213]]);
    expect(q('the gauge collected 312mm', 'en').map((f) => [f.text, f.category, f.value])).toEqual([['312mm', 'distance', 0.000312]]);
  });

  it('reads square metres and square kilometres as areas, not lengths', () => {
    const area = (text: string, language: LanguageCode) => q(text, language).map((f) => [f.text, f.category, Number((f.value * 10_000).toPrecision(6))]);
    expect(area('flats of at least 75 square metres', 'en')).toEqual([['at least 75 square metres', 'area', 75]]);
    expect(area('un T3 devra offrir au moins 65 m².', 'fr')).toEqual([['au moins 65 m²', 'area', 65]]);
    expect(area('appartamenti da 65 metri quadrati, anzi 80 mq', 'it')).toEqual([['65 metri quadrati', 'area', 65], ['80 mq', 'area', 80]]);
    expect(area('une nappe de 40 km²', 'fr')).toEqual([['40 km²', 'area', 40_000_000]]);
  });

  it('reads no span of years in a count dated by a relative date ("800 passengers last year")', () => {
    const read = (text: string, language: LanguageCode) => q(text, language).map((f) => [f.text, f.category, f.value]);
    expect(read('the airline carried 11.2 million passengers last year', 'en')).toEqual([['11.2 million', 'count', 11_200_000]]);
    expect(read("800 passagers l'année dernière", 'fr')).toEqual([['800', 'count', 800]]);
    expect(read('800 passeggeri lo scorso anno', 'it')).toEqual([['800', 'count', 800]]);
    // (a word between a number and its unit is still allowed where no relative date is said)
    expect(read('deux longues années', 'fr')).toEqual([['deux longues années', 'duration', 730]]);
  });

  it('reads a temperature under freezing as negative, and "au moins" as a bound, not a minus', () => {
    const degrees = (text: string, language: LanguageCode) => q(text, language).filter((f) => f.category === 'temperature').map((f) => [f.text, f.value]);
    expect(degrees('dropped to minus 24C after nightfall', 'en')).toEqual([['minus 24C', -24]]);
    expect(degrees('a low of -24C, and 24 degrees below zero', 'en')).toEqual([['-24C', -24], ['24 degrees below zero', -24]]);
    expect(degrees('from 10-24C', 'en').map(([, v]) => v)).toEqual([10]);
    expect(degrees('jusqu’à moins 24 degrés, au moins 24 degrés ailleurs', 'fr')).toEqual([['moins 24 degrés', -24], ['au moins 24 degrés', 24]]);
    expect(degrees('si sono toccati i 24 gradi sotto zero', 'it')).toEqual([['24 gradi sotto zero', -24]]);
    // (Fahrenheit under zero is converted after its sign: -11 °F is about -24 °C)
    expect(degrees('a wind chill of -11F', 'en')).toEqual([['-11F', -23.89]]);
  });

  it('reads fractions of an hour, and a sentence that opens with one', () => {
    const minutes = (text: string, lang: LanguageCode) => q(text, lang).map((f) => [f.text, Math.round(f.value * 1440)]);
    expect(minutes('Half an hour later, the police came', 'en')).toEqual([['Half an hour', 30]]);
    expect(minutes('three-quarters of an hour later', 'en')).toEqual([['three-quarters of an hour', 45]]);
    expect(minutes("trois quarts d'heure plus tard", 'fr')).toEqual([["trois quarts d'heure", 45]]);
    expect(minutes('une demi-heure', 'fr')).toEqual([['une demi-heure', 30]]);
    expect(minutes("tre quarti d'ora dopo", 'it')).toEqual([["tre quarti d'ora", 45]]);
    expect(minutes("un quarto d'ora", 'it')).toEqual([["un quarto d'ora", 15]]);
  });

  it('reads a race time as a span to the second, not as a clock time and two counts', () => {
    const read = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).map((q) => [q.text, q.category, Math.round(q.value * 86_400)]);
    expect(read('Mosonik won the men’s race in 2:11:48.', 'en')).toEqual([['2:11:48', 'duration', 7908]]);
    expect(read('ha vinto in 2h11\'48", davanti a tutti', 'it')).toEqual([['2h11\'48"', 'duration', 7908]]);
    expect(read('en 2 h 11 min 48 s', 'fr')).toEqual([['2 h 11 min 48 s', 'duration', 7908]]);
    expect(findTimes('Mosonik won the men’s race in 2:11:48.', 0, LANGUAGE_PACKS.en)).toEqual([]);
    expect(findTimes('The race started at 7:30.', 0, LANGUAGE_PACKS.en).map((t) => t.text)).toEqual(['7:30']);
  });

  it('reads a share said as a fraction in percent, not its number word as a count', () => {
    const shares = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).map((q) => [q.text, q.category, Math.round(q.value), q.approximation ?? '']);
    expect(shares('The hail destroyed up to four fifths of the crop.', 'en')).toEqual([['four fifths', 'percent', 80, 'upTo']]);
    expect(shares('La grêle a détruit les trois quarts de la récolte.', 'fr')).toEqual([['trois quarts', 'percent', 75, '']]);
    expect(shares('La grandine ha distrutto quattro quinti del raccolto.', 'it')).toEqual([['quattro quinti', 'percent', 80, '']]);
    expect(shares('Two thirds of residents were evacuated.', 'en')).toEqual([['Two thirds', 'percent', 67, '']]);
    expect(shares('moins d’un tiers des électeurs', 'fr')).toEqual([['un tiers', 'percent', 33, 'under']]);
    expect(shares('la metà delle case', 'it')).toEqual([['metà', 'percent', 50, '']]);
    expect(shares('plus de la moitié des maisons', 'fr')).toEqual([['moitié', 'percent', 50, 'over']]);
    // A fraction of an hour is a span, of a point a change of rate; an ordinal is no share.
    expect(shares('trois quarts d’heure', 'fr')).toEqual([['trois quarts d’heure', 'duration', 0, '']]);
    expect(shares('a quarter of an hour', 'en').map((q) => q[1])).toEqual(['duration']);
    expect(shares('ha tagliato i tassi di un quarto di punto', 'it')).toEqual([]);
    expect(shares('il terzo giorno di sciopero', 'it')).toEqual([]);
    expect(shares('designed for a decade and a half of service', 'en').map((q) => q[1])).toEqual(['duration']);
  });

  it('reads an ordinal that counts a run of days as the run, not as a secondary event', () => {
    const run = (text: string, lang: LanguageCode) => q(text, lang).filter((f) => f.category === 'streak').map((f) => [f.text, f.value, f.unit]);
    expect(run('Monday was the 12th consecutive day above 40C', 'en')).toEqual([['12th consecutive day', 12, 'day']]);
    expect(run('the twelfth day in a row of protests', 'en')).toEqual([['twelfth day in a row', 12, 'day']]);
    expect(run('lundi était le douzième jour consécutif de grève', 'fr')).toEqual([['douzième jour consécutif', 12, 'day']]);
    expect(run("la 3e semaine d'affilée", 'fr')).toEqual([["3e semaine d'affilée", 3, 'week']]);
    expect(run('il quattordicesimo giorno consecutivo', 'it')).toEqual([['quattordicesimo giorno consecutivo', 14, 'day']]);
    expect(run('per la terza settimana di fila', 'it')).toEqual([['terza settimana di fila', 3, 'week']]);
    // Without a word that makes the run consecutive, an ordinal is no run: "the third day of the trial".
    expect(run('on the third day of the trial', 'en')).toEqual([]);
    expect(run('la troisième journée du procès', 'fr')).toEqual([]);
  });

  it('leaves "150m high" alone: metres or millions, nothing says which', () => {
    expect(q('a wall 150m high', 'en')).toEqual([]);
  });

  it('keeps "from … to" apart: a change, not a range', () => {
    expect(q('la part est passée de 10 à 15 %', 'fr').map((f) => f.text)).toEqual(['10', '15 %']);
    expect(q('sales rose from 2 to 3 million', 'en').map((f) => f.text)).toEqual(['2', '3 million']);
    expect(q('deux et trois', 'fr').map((f) => f.value)).toEqual([2, 3]);
    // "oltre a" is "besides", not "more than".
    expect(q('oltre a tre strumenti', 'it').map((f) => [f.text, f.approximation])).toEqual([['tre', undefined]]);
  });

  it('reads two amounts side by side: 2,4 milliards d’euros (2,6 milliards de dollars)', () => {
    const found = q("2,4 milliards d'euros (2,6 milliards de dollars)", 'fr');
    expect(found.map((f) => [f.text, f.unit, f.value])).toEqual([
      ["2,4 milliards d'euros", 'EUR', 2.4e9],
      ['2,6 milliards de dollars', 'USD', 2.6e9],
    ]);
  });

  it('reads no number from a word only part of which is one ("Two-bedroom flats"), and does not fail on it', () => {
    expect(q('Two-bedroom flats built under the plan must measure at least 75 square metres.', 'en').map((x) => x.text)).toEqual(['at least 75 square metres']);
    expect(q('three-bedroom', 'en')).toEqual([]);
    expect(q('Twenty-five flats', 'en').map((x) => x.value)).toEqual([25]);
  });

  it('leaves bare years and articles alone', () => {
    expect(q('en 2017, il y avait un accord', 'fr')).toEqual([]);
    expect(q('He had one idea in 2017.', 'en')).toEqual([]);
  });

  it('puts "près de dix ans" and "nearly a decade" in overlapping intervals, "plus de trois ans" and "almost three years" apart', () => {
    const [a] = q('près de dix ans', 'fr');
    const [b] = q('nearly a decade', 'en');
    expect(Math.max(a!.low, b!.low)).toBeLessThanOrEqual(Math.min(a!.high, b!.high));
    const [c] = q('plus de trois ans', 'fr');
    const [d] = q('almost three years', 'en');
    expect(Math.max(c!.low, d!.low)).toBeGreaterThan(Math.min(c!.high, d!.high));
  });
});

describe('dates', () => {
  it('gives a day of a month its year from the words after it: "October 14 last year", "il 14 ottobre scorso", "le 30 juin prochain"', () => {
    const read = (text: string, language: 'en' | 'fr' | 'it') => findDates(text, 0, LANGUAGE_PACKS[language], '2027-03-09').map((d) => [d.text, d.year, d.month, d.day]);
    expect(read('It was last checked on October 14 last year.', 'en')).toEqual([['October 14 last year', 2026, 10, 14]]);
    expect(read("L'ultima ispezione risaliva al 14 ottobre scorso.", 'it')).toEqual([['14 ottobre scorso', 2026, 10, 14]]);
    expect(read('La dernière remonte au 4 mars dernier, la prochaine aura lieu le 30 juin prochain.', 'fr')).toEqual([['4 mars dernier', 2027, 3, 4], ['30 juin prochain', 2027, 6, 30]]);
    // Without the article's date, no year.
    expect(findDates('il 14 ottobre scorso', 0, LANGUAGE_PACKS.it)[0]!.year).toBeUndefined();
  });

  it.each<[LanguageCode, string, string, Record<string, number>]>([
    ['it', 'resi pubblici lo scorso 23 marzo', '23 marzo', { day: 23, month: 3 }],
    ['en', 'on March 23, 2024, the court', 'March 23, 2024', { day: 23, month: 3, year: 2024 }],
    ['fr', 'le 2 avril 2024', '2 avril 2024', { day: 2, month: 4, year: 2024 }],
    ['fr', 'le 1er mai', '1er mai', { day: 1, month: 5 }],
    ['fr', 'en août 2013', 'août 2013', { month: 8, year: 2013 }],
    ['en', 'filed in April 2023', 'April 2023', { month: 4, year: 2023 }],
    ['it', 'nel giugno 2011', 'giugno 2011', { month: 6, year: 2011 }],
    ['en', 'in 2017', '2017', { year: 2017 }],
    ['en', 'from 2011-2019', 'from 2011-2019', { year: 2011, endYear: 2019 }],
    ['en', 'in 2011–2019', '2011–2019', { year: 2011, endYear: 2019 }],
    ['fr', 'de 2011 à 2019', 'de 2011 à 2019', { year: 2011, endYear: 2019 }],
    ['it', 'dal 2011 al 2019', 'dal 2011 al 2019', { year: 2011, endYear: 2019 }],
    ['en', 'between 2018 and 2019', 'between 2018 and 2019', { year: 2018, endYear: 2019 }],
    ['en', 'released last week', 'last week', { relative: -7 }],
    ['fr', 'dévoilés la semaine dernière', 'la semaine dernière', { relative: -7 }],
    ['it', 'lo scorso anno', 'lo scorso anno', { relative: -365 }],
    ['fr', 'deux ans plus tard', 'deux ans plus tard', { relative: 730 }],
    ['it', 'un mese fa', 'un mese fa', { relative: -30 }],
  ])('%s: %s', (language, text, span, fields) => {
    const found = findDates(text, 0, LANGUAGE_PACKS[language]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, ...fields });
  });

  it('resolves a relative date only when the article date is known', () => {
    expect(findDates('la semaine dernière', 0, LANGUAGE_PACKS.fr)[0]!.resolved).toBeUndefined();
    expect(findDates('hier', 0, LANGUAGE_PACKS.fr, '2024-03-30T10:00:00Z')[0]!.resolved).toBe('2024-03-29');
  });

  it('reads a bare weekday as the last such day, or the next one after a cue, from the article date', () => {
    // 2026-08-11 is a Tuesday.
    const read = (text: string, language: LanguageCode) => findDates(text, 0, LANGUAGE_PACKS[language], '2026-08-11T06:15Z').map((d) => [d.text, d.resolved ?? `${d.month}-${d.day}`]);
    expect(read('The temperature climbed to 47.3C on Monday.', 'en')).toEqual([['Monday', '2026-08-10']]);
    expect(read('From Thursday, households will get 90 litres.', 'en')).toEqual([['Thursday', '2026-08-13']]);
    expect(read('Mardi en fin de matinée, le bilan est lourd.', 'fr')).toEqual([['Mardi', '2026-08-11']]);
    expect(read('dès jeudi, et lundi prochain', 'fr')).toEqual([['jeudi', '2026-08-13'], ['lundi prochain', '2026-08-17']]);
    expect(read("l'incendio divampato domenica alle 13:15", 'it')).toEqual([['domenica', '2026-08-09']]);
    // A weekday followed by its date is that date.
    expect(read('Monday, August 10 was the hottest day', 'en')).toEqual([['August 10', '8-10']]);
    expect(read('lunedì 10 agosto', 'it')).toEqual([['10 agosto', '8-10']]);
    // Without the article's date no weekday is read.
    expect(findDates('on Monday', 0, LANGUAGE_PACKS.en)).toEqual([]);
  });

  it('reads a bare weekday ahead in a clause that speaks of what is to come, and "next" a week on', () => {
    // 2026-08-11 is a Tuesday.
    const read = (text: string, language: LanguageCode) => findDates(text, 0, LANGUAGE_PACKS[language], '2026-08-11T06:15Z').map((d) => [d.text, d.resolved]);
    expect(read('Officials say normal supply should return on Friday.', 'en')).toEqual([['Friday', '2026-08-14']]);
    expect(read("L'eau reviendra vendredi, selon la mairie.", 'fr')).toEqual([['vendredi', '2026-08-14']]);
    expect(read('La ministra sarà ascoltata venerdì dalla commissione.', 'it')).toEqual([['venerdì', '2026-08-14']]);
    // The cue must be in the weekday's own clause: "said on Monday, and will…" is still last Monday.
    expect(read('The mayor said on Monday that water will return.', 'en')).toEqual([['Monday', '2026-08-10']]);
    expect(read('Le maire a annoncé lundi que l’eau reviendra.', 'fr')).toEqual([['lundi', '2026-08-10']]);
    // "due to" a cause and a name with a future's ending are no future: the weekday stays past.
    expect(read('Flights were cancelled due to fog on Monday.', 'en')).toEqual([['Monday', '2026-08-10']]);
    expect(read('Sandra a témoigné lundi devant le juge.', 'fr')).toEqual([['lundi', '2026-08-10']]);
    // "next Tuesday" written on a Tuesday is a week on.
    expect(read('The unions meet management next Tuesday.', 'en')).toEqual([['Tuesday', '2026-08-18']]);
    expect(read('martedì prossimo', 'it')).toEqual([['martedì prossimo', '2026-08-18']]);
  });

  it('resolves a relative date only as precisely as it is said', () => {
    // A week is a stretch of days no one date stands for; a month is a month, a year a year.
    expect(findDates('la semaine dernière', 0, LANGUAGE_PACKS.fr, '2024-03-30T10:00:00Z')[0]!.resolved).toBeUndefined();
    expect(findDates('last month', 0, LANGUAGE_PACKS.en, '2024-03-30T10:00:00Z')[0]!.resolved).toBe('2024-02');
    expect(findDates('next year', 0, LANGUAGE_PACKS.en, '2026-09-08T10:00:00Z')[0]!.resolved).toBe('2027');
  });

  it('reads days said together as one date with a last day', () => {
    const days = (text: string, language: LanguageCode) => findDates(text, 0, LANGUAGE_PACKS[language]).map((d) => [d.day, d.endDay, d.month]);
    expect(days('two more strike days, on June 23-24, if no deal', 'en')).toEqual([[23, 24, 6]]);
    expect(days('si tornerà a scioperare il 23 e 24 giugno.', 'it')).toEqual([[23, 24, 6]]);
    expect(days('deux journées de grève, les 24 et 25 juin, puis', 'fr')).toEqual([[24, 25, 6]]);
    expect(days('amministratore delegato dal primo luglio.', 'it')).toEqual([[1, undefined, 7]]);
    expect(days('il primo ministro ha parlato', 'it')).toEqual([]);
    expect(findDates('this week', 0, LANGUAGE_PACKS.en, '2026-11-13T10:00:00Z')[0]!.resolved).toBeUndefined();
    expect(findDates('this year', 0, LANGUAGE_PACKS.en, '2026-11-13T10:00:00Z')[0]!.resolved).toBe('2026');
  });

  it('reads a wire dateline month without its dot, and a bare hour with its part of the day', () => {
    expect(findDates('ORSENNA, Belmora, Nov 17 (Wire) -', 0, LANGUAGE_PACKS.en).map((d) => [d.month, d.day])).toEqual([[11, 17]]);
    expect(findTimes('L’annuncio è arrivato alle 7 del mattino.', 0, LANGUAGE_PACKS.it).map((t) => t.hour)).toEqual([7]);
    expect(findTimes('Il corteo partirà alle 7 di sera, dicono.', 0, LANGUAGE_PACKS.it).map((t) => t.hour)).toEqual([19]);
    // "l'appello delle 5.40": the 5.40 roll call, a time, not a figure of 5.4.
    expect(findTimes("L'allarme è scattato all'appello delle 5.40.", 0, LANGUAGE_PACKS.it).map((t) => [t.hour, t.minute])).toEqual([[5, 40]]);
  });

  it('does not read "may" in lower case as the month', () => {
    expect(findDates('Netflix may 5 times a day', 0, LANGUAGE_PACKS.en)).toEqual([]);
  });

  it('reads no year in a number before a unit of money or measure: "2000 euro a passeggero" is an amount', () => {
    expect(findDates('un indennizzo di 2000 euro a passeggero', 0, LANGUAGE_PACKS.it)).toEqual([]);
    expect(findDates('une prime de 2000 € par salarié', 0, LANGUAGE_PACKS.fr)).toEqual([]);
    expect(findDates('a climb of 2019 km', 0, LANGUAGE_PACKS.en)).toEqual([]);
    // …but a year before people or a verb is still one.
    expect(findDates('Nel 2000 persone come lui emigravano', 0, LANGUAGE_PACKS.it).map((d) => d.year)).toEqual([2000]);
    expect(findDates('In 2019 the river rose 2 metres', 0, LANGUAGE_PACKS.en).map((d) => d.year)).toEqual([2019]);
  });
});

describe('clock times', () => {
  it('reads an Italian time with a dot after its article ("Erano le 15.42"), not a number after it', () => {
    const clock = (text: string) => findTimes(text, 0, LANGUAGE_PACKS.it).map((t) => [t.text, t.hour, t.minute]);
    expect(clock('Erano le 15.42 quando la corsa è caduta')).toEqual([['15.42', 15, 42]]);
    expect(clock('le 1.200 persone evacuate, le 20 ore di lavoro')).toEqual([]);
  });

  it('reads "four and a half metres" as 4.5 metres, not "a half metres"', () => {
    const read = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).map((q) => [q.text, q.category, Math.round(q.value * 1e6) / 1e6]);
    expect(read('buried beneath four and a half metres of mud', 'en')).toEqual([['four and a half metres', 'distance', 0.0045]]);
    expect(read('the cave lies two and a half miles east of town', 'en')).toEqual([['two and a half miles', 'distance', 4.0225]]);
    expect(read('half a mile away', 'en')).toEqual([['half a mile', 'distance', 0.8045]]);
  });

  it('reads "under 4.5 metres of clay" as beneath a length, and "under 200 metres" as less than it', () => {
    const read = (text: string) => findQuantities(text, 0, LANGUAGE_PACKS.en).map((q) => [q.text, q.approximation ?? null]);
    expect(read('The village lay under 3.5 metres of mud.')).toEqual([['3.5 metres', null]]);
    expect(read('Visibility fell to under 200 metres.')).toEqual([['under 200 metres', 'under']]);
  });

  it('reads a rate with what it measures between its unit and its rate word, not across a comma or a name', () => {
    const read = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).map((q) => [q.text, q.category]);
    expect(read('nearly 2 million litres of water a second poured out', 'en')).toEqual([['nearly 2 million litres of water a second', 'rate']]);
    expect(read("l'usine rejette 310 mètres cubes d'eau par seconde", 'fr')).toEqual([["310 mètres cubes d'eau par seconde", 'rate']]);
    expect(read("scorrevano 940 metri cubi d'acqua al secondo", 'it')).toEqual([["940 metri cubi d'acqua al secondo", 'rate']]);
    expect(read('they sold 300 tonnes of grain, a year after the drought', 'en')[0]).toEqual(['300 tonnes', 'weight']);
    expect(read('12 people of Kardos a year', 'en')[0]).toEqual(['12 people', 'people']);
  });

  it('marks a hedged time as approximate', () => {
    const hedged = (text: string, language: LanguageCode) => findTimes(text, 0, LANGUAGE_PACKS[language]).map((t) => [t.text, t.approximate ?? false]);
    expect(hedged('The roof gave way shortly after 2am', 'en')).toEqual([['2am', true]]);
    expect(hedged("l'effondrement s'est produit vers 2h10 (heure locale)", 'fr')).toEqual([['2h10 (heure locale', true]]);
    expect(hedged('il crollo è avvenuto poco dopo le 2:05', 'it')).toEqual([['2:05', true]]);
    expect(hedged('at 2:10 a.m. the roof gave way', 'en')).toEqual([['2:10 a.m.', false]]);
  });

  it('links a time restated in another zone after a comma, not two times of one zone', () => {
    const linked = (text: string, language: LanguageCode) => findTimes(text, 0, LANGUAGE_PACKS[language]).map((t) => [t.text, t.sameAs]);
    expect(linked('alle 4:17 ora locale, le 5:17 in Italia', 'it')).toEqual([['4:17 ora locale', undefined], ['5:17 in Italia', 0]]);
    expect(linked('à 16h40 locales, soit 14h40 heure de Paris', 'fr')).toEqual([['16h40 locales', undefined], ['14h40 heure de Paris', 0]]);
    expect(linked('The alarm sounded at 3.49am, 4.25pm local time', 'en').map(([, same]) => same)).toEqual([undefined, undefined]);
    // an hour written with its word restates the time before it when a zone follows, in parentheses or after "soit"
    expect(linked('le cortège est parti à 14 heures (13 heures à Paris) de la place', 'fr')).toEqual([['14 heures', undefined], ['13 heures à Paris', 0]]);
    expect(linked('la séance a repris à 16 heures, soit 15 heures GMT', 'fr')).toEqual([['16 heures', undefined], ['15 heures GMT', 0]]);
    expect(linked('Arrivés à 9 heures, ils ont passé 13 heures à Paris', 'fr')).toEqual([['9 heures', undefined]]);
  });

  it.each<[LanguageCode, string, string, number, number, string | undefined]>([
    ['fr', 'à 9h40 ce matin', '9h40', 9, 40, undefined],
    ['fr', 'vers 9 h 40 heure française', '9 h 40 heure française', 9, 40, 'Europe/Paris'],
    ['fr', 'vers 12 h 00 GMT le même jour', '12 h 00 GMT', 12, 0, 'GMT'],
    ['en', 'at 9:40 a.m. local time', '9:40 a.m. local time', 9, 40, 'local'],
    ['en', 'at 9 pm', '9 pm', 21, 0, undefined],
    ['en', 'around 1200 GMT the same day', '1200 GMT', 12, 0, 'GMT'],
    ['it', 'alle 8:40 ora locale', '8:40 ora locale', 8, 40, 'local'],
    ['it', 'alle 8.40 in Italia', '8.40 in Italia', 8, 40, 'Europe/Rome'],
    ['en', 'at 09:40 CET', '09:40 CET', 9, 40, 'CET'],
    ['en', 'broke out in the 1720 local time slot', '1720 local time', 17, 20, 'local'],
  ])('%s: %s', (language, text, span, hour, minute, zone) => {
    const found = findTimes(text, 0, LANGUAGE_PACKS[language]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, hour, minute });
    expect(found[0]!.zone).toBe(zone);
  });

  it('reads "11h40 locales (9h40 à Paris)" as one instant in two zones', () => {
    const found = findTimes('à 11h40 locales (9h40 à Paris)', 0, LANGUAGE_PACKS.fr);
    expect(found.map((t) => [t.hour, t.minute, t.zone, t.sameAs])).toEqual([
      [11, 40, 'local', undefined],
      [9, 40, 'Europe/Paris', 0],
    ]);
  });

  it('reads a wire time restated in local time as one instant, and no year', () => {
    const text = 'The storm broke at 1520 GMT (1720 local time) and hail fell.';
    expect(findTimes(text, 0, LANGUAGE_PACKS.en).map((t) => [t.text, t.zone, t.sameAs])).toEqual([
      ['1520 GMT', 'GMT', undefined],
      ['1720 local time', 'local', 0],
    ]);
    expect(findDates(text, 0, LANGUAGE_PACKS.en)).toEqual([]);
    // Four digits with no zone after them are a year.
    expect(findTimes('In 1720 the town was founded.', 0, LANGUAGE_PACKS.en)).toEqual([]);
  });

  it('does not read a decimal as a time', () => {
    expect(findTimes('une magnitude de 7.8', 0, LANGUAGE_PACKS.fr)).toEqual([]);
  });
});

describe('names', () => {
  const names = (text: string, language: LanguageCode, known?: Set<string>) =>
    findNames(text, tokenize(text, { start: 0, end: text.length }, LANGUAGE_PACKS[language]), LANGUAGE_PACKS[language], known).map((n) => [n.text, n.key, n.type]);

  it.each<[string, string | undefined]>([
    ['Turquie', 'TR'],
    ['Turchia', 'TR'],
    ['Turkey', 'TR'],
    ['États-Unis', 'US'],
    ['Stati Uniti', 'US'],
    ['United States', 'US'],
    ['US', 'US'],
    ['U.S.', 'US'],
    ['Royaume-Uni', 'GB'],
    ['Italia', 'IT'],
    ['Netflix', undefined],
  ])('country %s → %s', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it('finds people, organisations and acronyms, not titles or months', () => {
    expect(names('The law signed by Governor Arnold Schwarzenegger in California in March goes to the FTC.', 'en')).toEqual([
      ['Arnold Schwarzenegger', 'arnold schwarzenegger', 'name'],
      ['California', 'california', 'name'],
      ['FTC', 'ftc', 'acronym'],
    ]);
    // A capitalised word opening a sentence is not taken for a name unless the story says so.
    expect(names('California Governor Arnold Schwarzenegger signed.', 'en')).toEqual([['Arnold Schwarzenegger', 'arnold schwarzenegger', 'name']]);
    // A Roman numeral is an ordinal, unless it follows a name.
    expect(names('Nel XVIII secolo il re Luigi XIV regnava.', 'it')).toEqual([['Luigi XIV', 'luigi xiv', 'name']]);
    // With the language's ordinal ending too ("XIXe siècle").
    expect(names('Au XIXe siècle, Victor Hugo écrivait à Paris.', 'fr').map(([text]) => text)).toEqual(['Victor Hugo', 'Paris']);
    expect(names('California Governor Arnold Schwarzenegger signed.', 'en', new Set(['California']))[0]).toEqual(['California', 'california', 'name']);
    expect(names('Selon la plainte, Reed Hastings a rejoint le conseil de Facebook en Turquie.', 'fr')).toEqual([
      ['Reed Hastings', 'reed hastings', 'name'],
      ['Facebook', 'facebook', 'name'],
      ['Turquie', 'country:TR', 'place'],
    ]);
    expect(names('Il responsabile della comunicazione di Facebook è intervenuto negli Stati Uniti.', 'it')).toEqual([
      ['Facebook', 'facebook', 'name'],
      ['Stati Uniti', 'country:US', 'place'],
    ]);
  });

  it('keeps a name that opens a sentence when the story capitalises it elsewhere', () => {
    expect(names('Meta ne partageait pas les messages.', 'fr', new Set(['Meta']))).toEqual([['Meta', 'meta', 'name']]);
    expect(names('Naturellement, Meta nie.', 'fr', new Set(['Meta']))).toEqual([['Meta', 'meta', 'name']]);
  });

  it('measures edits, transpositions included', () => {
    expect(editDistance('mehta', 'meta')).toBe(1);
    expect(editDistance('netlfix', 'netflix')).toBe(1);
    expect(editDistance('meta', 'netflix')).toBeGreaterThan(2);
  });

  it('marks a spelling one edit away from the one other articles use', () => {
    const fact = (text: string): NameFact => ({ kind: 'name', start: 0, end: text.length, text, key: text.toLowerCase(), type: 'name' });
    const list = [
      { fact: fact('Meta'), document: 'a' },
      { fact: fact('Meta'), document: 'b' },
      { fact: fact('Mehta'), document: 'c' },
      { fact: fact('Netflix'), document: 'a' },
      { fact: fact('Netflix'), document: 'b' },
      { fact: fact('Netlfix'), document: 'c' },
      { fact: fact('Stone'), document: 'a' },
      { fact: fact('Stine'), document: 'a' },
      // the adjective of a place is no slip of its name
      { fact: fact('Brenovia'), document: 'a' },
      { fact: fact('Brenovia'), document: 'b' },
      { fact: fact('Brenovian'), document: 'c' },
    ];
    markMisspellings(list);
    expect(list.filter((x) => x.fact.possibleMisspellingOf).map((x) => [x.fact.text, x.fact.possibleMisspellingOf])).toEqual([
      ['Mehta', 'Meta'],
      ['Netlfix', 'Netflix'],
    ]);
  });
});

describe('quotes and their speakers', () => {
  async function facts(text: string, language: LanguageCode) {
    const { documents } = await analyse([{ path: `q-${language}.txt`, content: text }], { languages: [language], bridge: 'lexical', cacheDir: false });
    return documents[0]!;
  }

  it.each<[LanguageCode, string, string[], string]>([
    ['fr', 'Le porte-parole a déclaré : « Nous ne partageons pas les messages. »', ['Nous ne partageons pas les messages.'], 'Le porte-parole'],
    ['fr', '« Nous ne partageons pas les messages », a déclaré Andy Stone.', ['Nous ne partageons pas les messages'], 'Andy Stone'],
    ['en', '“Meta did not share messages,” a Meta spokesperson told The Sun.', ['Meta did not share messages,'], 'a Meta spokesperson'],
    ['en', '"We are confident," the company said.', ['We are confident,'], 'the company'],
    ['en', 'According to the lawsuit, the API gave ‘bespoke access’ to data.', ['bespoke access'], 'the lawsuit'],
    ['it', '“Meta non condivideva i messaggi”, ha dichiarato il portavoce.', ['Meta non condivideva i messaggi'], 'il portavoce'],
    ['it', 'Secondo gli avvocati, l’accordo dava „accesso su misura“ ai dati.', ['accesso su misura'], 'gli avvocati'],
    // "one of them" names its speaker after the comma
    ['en', '"We do the waiting," said one of them, Jonas Meret, a volunteer from the valley.', ['We do the waiting,'], 'Jonas Meret'],
  ])('%s: %s', async (language, text, quotes, speaker) => {
    const doc = await facts(text, language);
    const { runPipeline } = await import('../src/pipeline.js');
    const context = await runPipeline([{ path: 'q.txt', content: text }], { languages: [language], bridge: 'lexical', cacheDir: false });
    const found = context.corpus.facts.flatMap((f) => f.quotes);
    expect(found.map((x) => x.text)).toEqual(quotes);
    expect(found.every((x) => x.speaker === speaker)).toBe(true);
    expect(doc.sentences.length).toBeGreaterThan(0);
  });

  it('follows a quote across sentences and paragraphs, and one never closed', async () => {
    const text = [
      'A Meta spokesperson has denied the allegations.',
      '“Meta didn’t share people’s private messages with Netflix,” they told The Sun.',
      '“As the document says, the agreement allowed people to message their friends.',
      '“Such agreements are commonplace in the industry. We are confident the facts will show this complaint is meritless.”',
      '"An opened quote that never closes, says nobody',
    ].join('\n');
    const { runPipeline } = await import('../src/pipeline.js');
    const context = await runPipeline([{ path: 'q.txt', content: text }], { languages: ['en'], bridge: 'lexical', cacheDir: false });
    const quotes = context.corpus.facts.map((f) => f.quotes);
    expect(quotes[1]![0]!.speaker).toBe('they (A Meta spokesperson)');
    expect(quotes[2]![0]!.speaker).toBe('they (A Meta spokesperson)');
    // One quotation over two sentences: the same quote number, opened in the first.
    expect(quotes[3]![0]!.quote).toBe(quotes[4]![0]!.quote);
    expect([quotes[3]![0]!.opens, quotes[4]![0]!.opens]).toEqual([true, false]);
    expect(quotes[4]![0]!.closed).toBe(true);
    expect(quotes[5]![0]).toMatchObject({ text: 'An opened quote that never closes, says nobody', closed: false });
  });
});

describe('modality', () => {
  const kinds = (text: string, language: LanguageCode) => findModality(text, 0, LANGUAGE_PACKS[language]).map((m) => [m.kind, m.text]);

  it.each<[LanguageCode, string, Array<[string, string]>]>([
    ['en', 'Meta allegedly allowed Netflix in.', [['hedge', 'allegedly']]],
    ['en', 'Netflix reportedly paid.', [['hedge', 'reportedly']]],
    ['en', 'Meta is alleged to have shared data.', [['hedge', 'is alleged to']]],
    ['fr', 'Netflix aurait consulté nos messages.', [['hedge', 'aurait']]],
    ['fr', 'Le présumé complice.', [['hedge', 'présumé']]],
    ['it', 'Facebook avrebbe permesso a Netflix di accedere.', [['hedge', 'avrebbe']]],
    ['it', 'secondo quanto riferito, Meta ha pagato.', [['hedge', 'secondo quanto riferito']]],
    ['it', 'le presunte violazioni', [['hedge', 'presunte']]],
    ['en', 'Netflix must provide a report.', [['obligation', 'must']]],
    ['en', 'Netflix may provide a report.', [['permission', 'may']]],
    ['fr', 'Netflix devait fournir un rapport.', [['obligation', 'devait']]],
    ['fr', 'Netflix pouvait fournir un rapport.', [['permission', 'pouvait']]],
    ['it', 'Netflix doveva fornire un rapporto.', [['obligation', 'doveva']]],
    ['it', 'Netflix poteva fornire un rapporto.', [['permission', 'poteva']]],
    ['en', 'Meta never shared them.', [['negation', 'never']]],
    ['fr', 'Meta ne partageait jamais rien.', [['negation', 'jamais'], ['negation', 'rien']]],
    ['it', 'Nessuno leggeva mai i messaggi.', [['negation', 'Nessuno'], ['negation', 'mai']]],
    ['fr', "Les hominidés n'utilisent plus leurs mains.", [['negation', "n'utilisent plus"]]],
    ['fr', 'On dit qu’en 1649 il a bâti la forteresse.', [['hedge', 'On dit qu’']]],
    // The conditional of a subordinate clause is not an allegation; a new clause after a comma can be.
    ['fr', 'Une loi qui serait adoptée.', []],
    ['fr', 'Des mots que certains jugent grossiers, et il aurait juré.', [['hedge', 'aurait']]],
    ['fr', 'Si cela devait se produire, ce serait dans longtemps.', [['obligation', 'devait']]],
    ['it', 'Il sospettato è stato arrestato.', []],
    ['it', "L'uomo sospettato di aver colpito.", [['hedge', 'sospettato']]],
    // A past modal in the conditional is what could have been, not what is alleged.
    ['fr', "Ses parois n'auraient pas pu résister.", [['negation', 'pas']]],
  ])('%s: %s', (language, text, expected) => {
    expect(kinds(text, language)).toEqual(expected);
  });
});

describe('currencies of the world, from the ICU data', () => {
  const money = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).filter((q) => q.category === 'money').map((q) => [q.text, q.value, q.unit]);

  it.each<[string, LanguageCode, Array<[string, number, string]>]>([
    ['UBS paid CHF 3bn, or 3 billion Swiss francs, and Toyota lost 2 trillion yen and 12 million JPY.', 'en', [['CHF 3bn', 3e9, 'CHF'], ['3 billion Swiss francs', 3e9, 'CHF'], ['2 trillion yen', 2e12, 'JPY'], ['12 million JPY', 12e6, 'JPY']]],
    ['La banque a payé 3 milliards de francs suisses et Toyota a perdu 2 000 milliards de yens.', 'fr', [['3 milliards de francs suisses', 3e9, 'CHF'], ['2 000 milliards de yens', 2e12, 'JPY']]],
    ['La banca ha pagato 3 miliardi di franchi svizzeri, 12 miliardi di lire turche e 7 milioni di zloty.', 'it', [['3 miliardi di franchi svizzeri', 3e9, 'CHF'], ['12 miliardi di lire turche', 12e9, 'TRY'], ['7 milioni di zloty', 7e6, 'PLN']]],
    ['India spent ₹500 crore and Moscow ₽2bn.', 'en', [['₹500', 500, 'INR'], ['₽2bn', 2e9, 'RUB']]],
    ['Le billet coûte 50 € et la rançon atteint 4 millions $.', 'fr', [['50 €', 50, 'EUR'], ['4 millions $', 4e6, 'USD']]],
  ])('%s', (text, language, expected) => {
    expect(money(text, language)).toEqual(expected);
  });

  it('reads a head noun several currencies share as one unit in every language, and a common word as no money', () => {
    expect([money('40 millions de francs', 'fr')[0]?.[2], money('40 milioni di franchi', 'it')[0]?.[2], money('40 million francs', 'en')[0]?.[2]]).toEqual(['franc', 'franc', 'franc']);
    expect(money('Shares passed the 1,000 mark and the team won 3 games.', 'en')).toEqual([]);
  });
});

describe('rates and clock times in the ways French and Italian write them', () => {
  it('reads an amount with an elided rate word as a rate ("28 milioni di euro l\'anno", "3 euros l\'an")', () => {
    const rate = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).map((q) => [q.text, q.unit]);
    expect(rate("La società spende 28 milioni di euro l'anno per la manutenzione.", 'it')).toEqual([["28 milioni di euro l'anno", 'EUR/day']]);
    expect(rate("Elle dépense 3 euros l'an.", 'fr')).toEqual([["3 euros l'an", 'EUR/day']]);
  });

  it('reads a bare hour or a dotted time before a zone, and a place\'s own time as local time', async () => {
    const { findTimes } = await import('../src/facts/dates.js');
    const times = (text: string, language: LanguageCode) => findTimes(text, 0, LANGUAGE_PACKS[language]).map((t) => [t.text, t.hour, t.minute, t.zone]);
    expect(times("L'esplosione alle 5.47 ora locale, le 4.47 in Italia. Alle 10 ora italiana, poi domenica alle 19 ora di Vendra.", 'it')).toEqual([
      ['5.47 ora locale', 5, 47, 'local'],
      ['4.47 in Italia', 4, 47, 'Europe/Rome'],
      ['10 ora italiana', 10, 0, 'Europe/Rome'],
      ['19 ora di Vendra', 19, 0, 'local'],
    ]);
    expect(times('Alle 10 ora locale, le 9 in Italia, la direttrice ha aperto la conferenza. Le 9 regioni in Italia hanno votato.', 'it')).toEqual([
      ['10 ora locale', 10, 0, 'local'],
      ['9 in Italia', 9, 0, 'Europe/Rome'],
    ]);
    expect(times('Ouverte à 18 heures, heure de Vendra, la conférence a duré deux heures.', 'fr')).toEqual([['18 heures, heure de Vendra', 18, 0, 'local']]);
    expect(times('It began at 6pm Dunmarr time.', 'en')).toEqual([['6pm Dunmarr time', 18, 0, 'local']]);
    expect(times('He spoke at noon on Monday, shortly after midnight, and set a midnight deadline.', 'en')).toEqual([['noon', 12, 0, undefined], ['midnight', 0, 0, undefined]]);
    expect(times('Il a parlé à midi, dans le Midi.', 'fr')).toEqual([['midi', 12, 0, undefined]]);
    expect(times('Ha parlato a mezzanotte, ora locale.', 'it')).toEqual([['mezzanotte, ora locale', 0, 0, 'local']]);
    // A bare hour followed by a preposition is still an hour; followed by a noun, a count.
    expect(times('Il richiamo, annunciato ieri mattina alle 9 dalla casa automobilistica, riguarda 2 milioni di auto. Il treno è partito alle 21 di ieri.', 'it').map(([t, h]) => [t, h])).toEqual([['9', 9], ['21', 21]]);
    expect(times('Si è passati dalle 9 alle 12 squadre. Salgono alle 9 le vittime.', 'it')).toEqual([]);
    // The minutes said after the named hour: half past twelve.
    expect(times('La conferenza è iniziata a mezzogiorno e mezzo, ora locale.', 'it')).toEqual([['mezzogiorno e mezzo, ora locale', 12, 30, 'local']]);
    expect(times('Il est arrivé vers midi et demi, puis à minuit et quart.', 'fr')).toEqual([['midi et demi', 12, 30, undefined], ['minuit et quart', 0, 15, undefined]]);
    // A number with a dot and no zone is a number; "a Borsa chiusa" is no place's time.
    expect(times('Il 7.8 per cento, giovedì alle 18:40, a Borsa chiusa.', 'it')).toEqual([['18:40', 18, 40, undefined]]);
  });
});

describe('a number word joined to a noun', () => {
  it('reads "an eight-storey block" as no figure rather than one with no words, and keeps "twenty-odd metres"', () => {
    const read = findQuantities('An eight-storey block, some twenty-odd metres away.', 0, LANGUAGE_PACKS.en);
    expect(read.every((q) => q.end > q.start && q.text.length > 0)).toBe(true);
    expect(read.map((q) => q.text)).toEqual(['some twenty-odd metres']);
  });
});

describe('negations that are not', () => {
  it.each<[string, LanguageCode, boolean]>([
    ['He lost a vote of no confidence.', 'en', false],
    ['A no-fly zone was declared.', 'en', false],
    ['No one was hurt.', 'en', true],
    ['Era alla guida da nove ore senza aver mai ceduto il volante.', 'it', false],
    ['Non ha mai ceduto il volante.', 'it', true],
    ['Il conduisait depuis neuf heures sans jamais céder sa place.', 'fr', false],
    ["Il n'a jamais cédé sa place.", 'fr', true],
  ])('%s (%s) negated: %s', (text, language, negated) => {
    expect(isNegated(text, LANGUAGE_PACKS[language])).toBe(negated);
  });
});

describe('digits inside names and codes', () => {
  it('reads no figure in "A321", "F-35" or "VL1986", and still reads "174 passengers" and "€38m"', () => {
    const read = findQuantities('An Airbus A321 carrying 174 passengers, an F-35, flight VL1986 and €38m.', 0, LANGUAGE_PACKS.en).map((q) => q.text);
    expect(read).toEqual(['174', '€38m']);
  });
});

describe('temperatures in one scale', () => {
  async function temperatures(text: string) {
    const { runPipeline } = await import('../src/pipeline.js');
    const context = await runPipeline([{ path: 't.txt', content: text }], { languages: ['en'], bridge: 'lexical', cacheDir: false });
    return context.corpus.facts.flatMap((f) => f.quantities.filter((q) => q.category === 'temperature')).map((q) => [q.text, q.unit, Math.round(q.value * 10) / 10]);
  }
  it('Fahrenheit is read in Celsius, and a bare degree in an article that writes Fahrenheit only is Fahrenheit', async () => {
    expect(await temperatures('The heat reached 102F by noon. It was still 91 degrees at the finish.')).toEqual([
      ['102F', '°C', 38.9],
      ['91 degrees', '°C', 32.8],
    ]);
  });
  it('knows a scale by its pack\'s words in every language', async () => {
    const { runPipeline } = await import('../src/pipeline.js');
    const context = await runPipeline([{ path: 't.txt', content: 'La temperatura ha toccato i 100 gradi fahrenheit, poi 50 gradi al tramonto.' }], { languages: ['it'], bridge: 'lexical', cacheDir: false });
    expect(context.corpus.facts.flatMap((f) => f.quantities).map((q) => [q.unit, Math.round(q.value * 10) / 10])).toEqual([
      ['°C', 37.8],
      ['°C', 10],
    ]);
  });
  it('a bare degree stays Celsius where the article writes Celsius too', async () => {
    expect(await temperatures('The heat reached 39C by noon, or 102F. It was still 33 degrees at the finish.')).toEqual([
      ['39C', '°C', 39],
      ['102F', '°C', 38.9],
      ['33 degrees', '°C', 33],
    ]);
  });
});

describe('bare degrees of heat only Fahrenheit reads', () => {
  it('"from 84 degrees … to 102 degrees", with no scale named, is Fahrenheit; "33 degrees" alone stays Celsius', async () => {
    const { runPipeline } = await import('../src/pipeline.js');
    const read = async (text: string) =>
      (await runPipeline([{ path: 't.txt', content: text }], { languages: ['en'], bridge: 'lexical', cacheDir: false })).corpus.facts.flatMap((f) => f.quantities.filter((q) => q.category === 'temperature')).map((q) => Math.round(q.value * 10) / 10);
    expect(await read('The temperature climbed from 84 degrees at the start to 91 degrees by noon.')).toEqual([28.9, 32.8]);
    expect(await read('The temperature climbed from 24 degrees at the start to 33 degrees by noon.')).toEqual([24, 33]);
  });
});

describe('amounts whose currency the article leaves out', () => {
  const amounts = async (text: string, language: LanguageCode) => {
    const { runPipeline } = await import('../src/pipeline.js');
    const context = await runPipeline([{ path: 't.txt', content: text }], { languages: [language], bridge: 'lexical', cacheDir: false });
    return context.corpus.facts.flatMap((f) => f.quantities).map((q) => [q.text, q.category, q.unit]);
  };
  it('reads a bare scaled number beside money, or beside a word only money is, in the article\'s currency', async () => {
    expect(await amounts("Multa record per Velmar: 2,3 miliardi.\n\nLa multa di 2,3 miliardi di euro è la più alta. Il fatturato ha raggiunto 51 miliardi di euro, contro 47,5 miliardi nel 2025.", 'it')).toEqual([
      ['2,3 miliardi', 'money', 'EUR'],
      ['2,3 miliardi di euro', 'money', 'EUR'],
      ['51 miliardi di euro', 'money', 'EUR'],
      ['47,5 miliardi', 'money', 'EUR'],
    ]);
  });
  it('leaves a count of something, and an article of two currencies, alone', async () => {
    // "1,2 milioni di utenti" counts users; "2 millions de visiteurs" visitors.
    expect((await amounts('Il fatturato è salito a 3 miliardi di euro e a 4 miliardi di euro in Europa, con 1,2 milioni di utenti.', 'it')).map(([, c]) => c === 'money')).toEqual([true, true, false]);
    // Dollars and euros alike: which one a bare amount is, nothing says.
    expect((await amounts('Revenue reached $4bn, or €3.7bn, against 3.1 billion a year earlier. Profit was €400m and $430m.', 'en')).filter(([, c]) => c === 'count').map(([t]) => t)).toEqual(['3.1 billion']);
  });
});

describe('millions of a unit, and seasons', () => {
  it('reads "9.4m tonnes" as millions of tonnes, not metres', () => {
    expect(findQuantities('The harvest fell to 9.4m tonnes on 2m hectares.', 0, LANGUAGE_PACKS.en).map((q) => [q.text, q.category, q.value])).toEqual([
      ['9.4m tonnes', 'weight', 9.4e9],
      ['2m hectares', 'area', 2e6],
    ]);
  });
  it('reads "12m euros" as millions of euros, and no "12m" before a span of time as a count', () => {
    const read = (text: string) => findQuantities(text, 0, LANGUAGE_PACKS.en).map((q) => [q.text, q.category]);
    expect(read('It was fined 12m euros.')).toEqual([['12m euros', 'money']]);
    // ("12m lerka a year": "year" three words on is no unit the "m" counts)
    expect(read('The firm spends about 12m lerka a year on security.').map(([, c]) => c)).not.toContain('count');
  });
  it('reads "2027/28" and "2026-27" as a season that runs into the next year, not a year and a count', () => {
    expect(findDates('Exports of 2.1m tonnes in the 2027/28 season, against 5.6m in 2026-27.', 0, LANGUAGE_PACKS.en).map((d) => [d.text, d.year, d.endYear])).toEqual([
      ['2027/28', 2027, 2028],
      ['2026-27', 2026, 2027],
    ]);
    // Not a season: the second year is not the next.
    expect(findDates('Between 2019-23 prices rose.', 0, LANGUAGE_PACKS.en).map((d) => d.endYear)).toEqual([undefined]);
  });
});

describe('fractions of one unit', () => {
  it('reads "half a mile", "un demi-kilomètre", "mezza tonnellata" as a fraction of the unit, and "half a million" as half of it', () => {
    const read = (text: string, language: LanguageCode) => findQuantities(text, 0, LANGUAGE_PACKS[language]).map((q) => [q.text, q.category, Math.round(q.value * 1000) / 1000]);
    expect(read('The tornado was up to half a mile wide and a quarter of a mile from the school.', 'en')).toEqual([
      ['half a mile', 'distance', 0.805],
      ['a quarter of a mile', 'distance', 0.402],
    ]);
    expect(read('Le front mesurait un demi-kilomètre, sur un quart d’hectare.', 'fr').map(([t, c]) => [t, c])).toEqual([
      ['un demi-kilomètre', 'distance'],
      ['un quart d’hectare', 'area'],
    ]);
    expect(read('Una frana di mezza tonnellata, a mezzo chilometro dal paese.', 'it')).toEqual([
      ['mezza tonnellata', 'weight', 500],
      ['mezzo chilometro', 'distance', 0.5],
    ]);
    expect(read('Half a million people fled; a million stayed.', 'en')).toEqual([
      ['Half a million people', 'people', 500_000],
      ['a million', 'count', 1_000_000],
    ]);
    // (hedged as the words before the half say: "less than half a million euros" meets "environ 370 000 euros")
    expect(findQuantities('The gesture will cost Velaris less than half a million euros.', 0, LANGUAGE_PACKS.en)[0]).toMatchObject({ text: 'less than half a million euros', value: 500_000, low: 0, approximation: 'under' });
    // Half an hour is a span of its own phrase.
    expect(read('It lasted half an hour.', 'en').map(([, c]) => c)).toEqual(['duration']);
  });
});

describe('weights', () => {
  it('reads tonnes, kilograms and their words in three languages in kilograms, "4.85-tonne" too', () => {
    const weight = (text: string, language: 'en' | 'fr' | 'it') => findQuantities(text, 0, LANGUAGE_PACKS[language]).filter((q) => q.category === 'weight').map((q) => q.value);
    expect(weight('The 4.85-tonne satellite carried 600 kg of fuel.', 'en')).toEqual([4850, 600]);
    expect(weight("L'engin de 5,8 tonnes transportait 84 000 tonnes de brut.", 'fr')).toEqual([5800, 84_000_000]);
    expect(weight('Il satellite, di 4.850 chili, era il più pesante: 12 quintali più del precedente.', 'it')).toEqual([4850, 1200]);
    // "pounds" stay money
    expect(findQuantities('The fine was 40,000 pounds.', 0, LANGUAGE_PACKS.en).map((q) => q.category)).toEqual(['money']);
  });
});

describe('a weekday of last week', () => {
  it('dates "Wednesday of last week" in the calendar week before the article\'s, in three languages, with no date of its own for the week', async () => {
    const { findDates } = await import('../src/facts/dates.js');
    // Friday 28 May 2027: that week's Wednesday is the 26th, last week's the 19th.
    const dates = (text: string, language: 'en' | 'fr' | 'it') => findDates(text, 0, LANGUAGE_PACKS[language], '2027-05-28T06:00Z').map((d) => d.resolved ?? d.text);
    expect(dates('They were ordered out on Wednesday of last week.', 'en')).toEqual(['2027-05-19']);
    expect(dates('Ils avaient été évacués mercredi de la semaine dernière, puis lundi.', 'fr')).toEqual(['2027-05-19', '2027-05-24']);
    expect(dates('Erano stati evacuati mercoledì della settimana scorsa.', 'it')).toEqual(['2027-05-19']);
    expect(dates('They were ordered out on Wednesday.', 'en')).toEqual(['2027-05-26']);
  });
});

describe('inches', () => {
  it('reads inches as a length ("More than 14 inches of rain", "a 6-inch layer")', () => {
    const lengths = findQuantities('More than 14 inches of rain had fallen, on a 6-inch layer of snow.', 0, LANGUAGE_PACKS.en).map((q) => [q.category, Math.round(q.value * 1e6)]);
    // (in millimetres)
    expect(lengths).toEqual([['distance', 356], ['distance', 152]]);
  });
});

describe('concentrations', () => {
  it('reads a weight in a volume as micrograms per litre, whatever units and language it is written in', () => {
    const one = (text: string, language: LanguageCode) => q(text, language).find((x) => x.category === 'concentration');
    for (const [text, language, value] of [
      ['The sample held 9 ng/ml of the drug.', 'en', 9],
      ['Il campione conteneva 9 nanogrammi per millilitro.', 'it', 9],
      ['Les analyses relèvent 48 microgrammes par litre.', 'fr', 48],
      ['readings of 38 micrograms per litre', 'en', 38],
      ['microcistina a 0,038 milligrammi per litro', 'it', 38],
      ['un seuil de 10 µg/l', 'fr', 10],
    ] as const) {
      const found = one(text, language);
      expect(found, text).toBeDefined();
      expect(found!.unit).toBe('µg/l');
      expect(found!.value).toBeCloseTo(value, 6);
      // (a decimal after a zero is no thousands group: "0,038" is read to its last digit)
      expect(found!.high - found!.low).toBeLessThan(1);
    }
    // A weight alone stays a weight.
    expect(q('a dose of 3 mg', 'en').find((x) => x.text === '3 mg')?.category).toBe('weight');
  });
});

describe('a clock time after an elided article or preposition', () => {
  it('reads "Era l\'1.40 di lunedì" and "All\'1.15" as times, not "dell\'1.40" of a price', () => {
    const times = (text: string) => findTimes(text, 0, LANGUAGE_PACKS.it).map((t) => `${t.hour}:${t.minute}`);
    expect(times("Era l'1.40 di lunedì quando sono arrivati i risultati.")).toEqual(['1:40']);
    expect(times("All'1.15 è arrivata la conferma.")).toEqual(['1:15']);
    expect(times("Il prezzo dell'1.40 è salito.")).toEqual([]);
  });
});

describe('percentage points', () => {
  it('reads "5.6 percentage points", "5,6 points de pourcentage" and "5,6 punti percentuali" as points, not a count', () => {
    for (const [text, language] of [['a margin of 5.6 percentage points', 'en'], ['un écart de 5,6 points de pourcentage', 'fr'], ['un distacco di 5,6 punti percentuali', 'it']] as const) {
      const found = q(text, language).find((x) => x.value === 5.6);
      expect(found?.unit, text).toBe('pp');
      expect(found?.category).toBe('percent');
    }
  });
});
