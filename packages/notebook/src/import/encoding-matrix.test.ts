// The encodings researchers receive, each sample generated here: the same news
// paragraph in its own language, encoded by iconv-lite (a test-only dependency;
// it writes the legacy code pages that TextDecoder can only read). Each must
// decode to exactly the text that was encoded, or be refused with one clear line.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DossierError } from '@dossier/core';
import { decodeArticleBytes } from './index.js';

/** One report of the same story, three sentences, per language. */
const NEWS: Record<string, string> = {
  ru: 'Переговоры о прекращении ударов по энергетическим объектам продолжаются, сообщил дипломат. Стороны обсуждают условия. "Мы готовы", сказал он.',
  uk: "Україна і Росія ведуть переговори про припинення ударів по енергетичних об'єктах, повідомила газета. Їхні делегації зустрілися в Досі. Ґрунтовних змін немає.",
  bg: 'Преговорите за спиране на ударите по енергийни обекти продължават, съобщи дипломат. Страните обсъждат условията.',
  fr: 'Les négociations reprendront à Genève, a déclaré le ministre — sans préciser la date. « Nous sommes prêts », a-t-il ajouté. L’œuvre est déjà là.',
  de: 'Die Verhandlungen über die Einstellung der Angriffe auf Energieanlagen gehen weiter, sagte ein Diplomat. Größere Schäden blieben aus.',
  es: 'Las negociaciones se reanudarán en Ginebra, declaró el ministro, sin precisar la fecha. ¿Habrá acuerdo? Según él, sí.',
  pt: 'As negociações serão retomadas em Genebra, declarou o ministro, sem precisar a data. A situação não mudou.',
  pl: 'Rozmowy o wstrzymaniu ataków na obiekty energetyczne trwają, powiedział dyplomata. Żadna ze stron nie zgłosiła sprzeciwu.',
  cs: 'Jednání o zastavení útoků na energetická zařízení pokračují, řekl diplomat. Žádná ze stran nevznesla námitky.',
  hu: 'A tárgyalások az energetikai létesítmények elleni támadások leállításáról folytatódnak, mondta egy diplomata. Őszintén reméljük.',
  el: 'Οι διαπραγματεύσεις για την παύση των επιθέσεων σε ενεργειακές εγκαταστάσεις συνεχίζονται, δήλωσε διπλωμάτης.',
  he: 'המשא ומתן על הפסקת התקיפות על מתקני אנרגיה נמשך, אמר דיפלומט. הצדדים דנים בתנאים.',
  tr: 'Enerji tesislerine yönelik saldırıların durdurulmasına ilişkin görüşmeler sürüyor, dedi bir diplomat. Şartlar görüşülüyor.',
  ar: 'قال دبلوماسي إن المفاوضات بشأن وقف الهجمات على منشآت الطاقة مستمرة. ويناقش الطرفان الشروط.',
  ja: 'エネルギー施設への攻撃停止をめぐる交渉は続いていると外交官が述べた。双方は条件について協議している。',
  zh: '外交官表示，关于停止袭击能源设施的谈判仍在继续。双方正在讨论条件。',
  zht: '外交官表示，關於停止襲擊能源設施的談判仍在繼續。雙方正在討論條件。',
  ko: '외교관은 에너지 시설에 대한 공격 중단에 관한 협상이 계속되고 있다고 말했다. 양측은 조건을 논의하고 있다.',
  th: 'นักการทูตกล่าวว่าการเจรจาเรื่องการหยุดโจมตีโรงงานพลังงานยังคงดำเนินต่อไป ทั้งสองฝ่ายกำลังหารือเงื่อนไข',
};

/** A short article: a headline and the report three times, as a file would hold it. */
const article = (lang: string) => [`Report (${lang})`, NEWS[lang]!, NEWS[lang]!, NEWS[lang]!].join('\n');
const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const bom = (encoding: string) => new Uint8Array(iconv.encode('', encoding, { addBOM: true }));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** [sample, language, the encoding the bytes are in, the bytes]. */
const LEGACY: [string, string, string][] = [
  ['Russian in Windows-1251', 'ru', 'windows-1251'],
  ['Ukrainian in Windows-1251', 'uk', 'windows-1251'],
  ['Bulgarian in Windows-1251', 'bg', 'windows-1251'],
  ['Russian in KOI8-R', 'ru', 'koi8-r'],
  ['Ukrainian in KOI8-U', 'uk', 'koi8-u'],
  ['Russian in ISO-8859-5', 'ru', 'iso-8859-5'],
  ['Russian in CP866 (DOS)', 'ru', 'cp866'],
  ['Russian in Mac Cyrillic', 'ru', 'maccyrillic'],
  ['French in Windows-1252', 'fr', 'windows-1252'],
  ['German in Windows-1252', 'de', 'windows-1252'],
  ['Spanish in ISO-8859-1 (Latin-1)', 'es', 'iso-8859-1'],
  ['Portuguese in ISO-8859-1 (Latin-1)', 'pt', 'iso-8859-1'],
  ['German in ISO-8859-15 (Latin-9)', 'de', 'iso-8859-15'],
  ['Polish in ISO-8859-2 (Latin-2)', 'pl', 'iso-8859-2'],
  ['Czech in ISO-8859-2 (Latin-2)', 'cs', 'iso-8859-2'],
  ['Hungarian in ISO-8859-2 (Latin-2)', 'hu', 'iso-8859-2'],
  ['Polish in Windows-1250', 'pl', 'windows-1250'],
  ['Czech in Windows-1250', 'cs', 'windows-1250'],
  ['Greek in ISO-8859-7', 'el', 'iso-8859-7'],
  ['Greek in Windows-1253', 'el', 'windows-1253'],
  ['Hebrew in Windows-1255', 'he', 'windows-1255'],
  ['Hebrew in ISO-8859-8', 'he', 'iso-8859-8'],
  ['Turkish in Windows-1254', 'tr', 'windows-1254'],
  ['Arabic in Windows-1256', 'ar', 'windows-1256'],
  ['Japanese in Shift_JIS', 'ja', 'shift_jis'],
  ['Japanese in EUC-JP', 'ja', 'euc-jp'],
  ['Chinese in GB18030', 'zh', 'gb18030'],
  ['Chinese in GBK', 'zh', 'gbk'],
  ['Traditional Chinese in Big5', 'zht', 'big5'],
  ['Korean in EUC-KR', 'ko', 'euc-kr'],
  ['Thai in Windows-874 (TIS-620)', 'th', 'windows-874'],
];

describe('legacy encodings, detected and decoded exactly', () => {
  it.each(LEGACY)('%s', (_sample, lang, encoding) => {
    const text = article(lang);
    expect(iconv.decode(Buffer.from(encode(text, encoding)), encoding), 'the sample itself').toBe(text);
    expect(decodeArticleBytes(encode(text, encoding), 'legacy.txt').text).toBe(text);
  });
});

describe('Unicode encodings, with and without a byte-order mark', () => {
  const mixedScripts = `Mixed scripts\n${NEWS.fr} ${NEWS.ru} ${NEWS.ja} 🇺🇦 — “quoted” 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.`;
  const UNICODE: [string, string, Uint8Array, string][] = [
    ['UTF-8 without BOM (Russian)', article('ru'), encode(article('ru'), 'utf-8'), 'UTF-8'],
    ['UTF-8 with BOM (French)', article('fr'), concat(bom('utf-8'), encode(article('fr'), 'utf-8')), 'UTF-8'],
    ['UTF-8 without BOM (Japanese)', article('ja'), encode(article('ja'), 'utf-8'), 'UTF-8'],
    ['UTF-8, mixed scripts and emoji', mixedScripts, encode(mixedScripts, 'utf-8'), 'UTF-8'],
    [
      'UTF-16 LE with BOM (Russian)',
      article('ru'),
      concat(bom('utf-16le'), encode(article('ru'), 'utf-16le')),
      'UTF-16LE',
    ],
    [
      'UTF-16 BE with BOM (Chinese)',
      article('zh'),
      concat(bom('utf-16be'), encode(article('zh'), 'utf-16be')),
      'UTF-16BE',
    ],
    [
      'UTF-16 LE with BOM, emoji (surrogate pairs)',
      mixedScripts,
      concat(bom('utf-16le'), encode(mixedScripts, 'utf-16le')),
      'UTF-16LE',
    ],
    ['UTF-16 LE without BOM (French)', article('fr'), encode(article('fr'), 'utf-16le'), 'UTF-16LE'],
    ['UTF-16 BE without BOM (Russian)', article('ru'), encode(article('ru'), 'utf-16be'), 'UTF-16BE'],
    [
      'UTF-32 LE with BOM (Greek)',
      article('el'),
      concat(bom('utf-32le'), encode(article('el'), 'utf-32le')),
      'UTF-32LE',
    ],
    [
      'UTF-32 BE with BOM (German)',
      article('de'),
      concat(bom('utf-32be'), encode(article('de'), 'utf-32be')),
      'UTF-32BE',
    ],
  ];

  it.each(UNICODE)('%s', (_sample, text, bytes, encoding) => {
    expect(decodeArticleBytes(bytes, 'unicode.txt')).toEqual({ text, encoding });
  });
});

describe('mixed and damaged text', () => {
  it('reads UTF-8 with a few Windows-1252 bytes pasted in, each part as it was written', () => {
    const [before, after] = [`${NEWS.de}\n${NEWS.fr}\nDer Minister sagte: `, ` und ging.\n${NEWS.de}`];
    const bytes = concat(
      encode(`Headline\n${before}`, 'utf-8'),
      encode('„Wir sind bereit“', 'windows-1252'),
      encode(after, 'utf-8'),
    );
    const decoded = decodeArticleBytes(bytes, 'pasted.txt');
    expect(decoded.text).toBe(`Headline\n${before}„Wir sind bereit“${after}`);
    expect(decoded.encoding).toBe('UTF-8 (2 stray Windows-1252 bytes)');
  });

  it('keeps UTF-8 cut off in the middle of its last character, marking the cut with U+FFFD', () => {
    const bytes = encode(`Headline\n${NEWS.ru} Конец`, 'utf-8');
    expect(decodeArticleBytes(bytes.subarray(0, bytes.length - 1), 'cut.txt').text).toBe(
      `Headline\n${NEWS.ru} Коне\ufffd`,
    );
  });

  it('turns Windows and old Mac line endings into newlines', () => {
    const text = decodeArticleBytes(encode('Headline\r\nFirst line.\rSecond line.\r\n', 'utf-8'), 'crlf.txt').text;
    expect(text).toBe('Headline\nFirst line.\nSecond line.\n');
  });

  it('composes decomposed accents (NFD, as macOS file names and some PDFs give them) into NFC', () => {
    const nfd = 'Genève, Zürich, Kraków'.normalize('NFD');
    expect(decodeArticleBytes(encode(`Headline\n${nfd}`, 'utf-8'), 'nfd.txt').text).toBe(
      'Headline\nGenève, Zürich, Kraków',
    );
  });

  it('drops stray control characters (terminal colours, form feeds of old printouts) and keeps the text', () => {
    const text = `Headline\n\u001b[1mBreaking:\u001b[0m talks resume\u0007 in Doha.\u007f\n${NEWS.de}`;
    expect(decodeArticleBytes(encode(text, 'utf-8'), 'ansi.txt').text).toBe(
      `Headline\n[1mBreaking:[0m talks resume in Doha.\n${NEWS.de}`,
    );
  });
});

describe('encodings Dossier cannot read are refused with one clear line', () => {
  it('refuses Cyrillic in IBM855, which the platform has no decoder for, and says what to do', () => {
    let error: unknown;
    try {
      decodeArticleBytes(encode(article('ru'), 'cp855'), 'dos.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).message).toBe(
      'dos.txt: is in the IBM855 encoding, which Dossier cannot read; save it as UTF-8 and import it again',
    );
  });
});
