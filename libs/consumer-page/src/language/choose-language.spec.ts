import { acceptedLanguages, choosePageLanguage } from './choose-language';
import { localised } from './localised';

describe('choosing the page language', () => {
  it.each([
    ['ja', 'en-US,en;q=0.9', 'ja'],
    ['ZH', undefined, 'zh'],
    ['fr', 'ru-RU,ru;q=0.9', 'ru'],
    [undefined, 'ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    [undefined, 'en;q=0.5, ky;q=0.8', 'ky'],
    [undefined, 'zh-Hant-TW', 'zh'],
    [undefined, 'kk-KZ', 'ru'],
    [undefined, 'fr-FR,de;q=0.7', 'en'],
    [undefined, 'fr-FR,en;q=0,ru;q=0.1', 'ru'],
    [undefined, undefined, 'ky'],
    [undefined, '', 'ky'],
    [undefined, '*', 'ky'],
    [undefined, ';;;,q=,', 'en'],
  ])('?lang=%p with Accept-Language %p reads %p', (query, header, expected) => {
    expect(choosePageLanguage(query, header)).toBe(expected);
  });

  it('orders ranges by weight, then by position, and drops q=0', () => {
    expect(acceptedLanguages('de;q=0.3, ja, en;q=0.8, fr;q=0')).toEqual(['ja', 'en', 'de']);
  });
});

describe('a name in the reader language, field by field', () => {
  const village = { ky: 'Бөкөнбаев', ru: 'Боконбаево', en: 'Bokonbaevo' };
  it('is the name in that language when there is one', () => {
    expect(localised(village, 'ky')).toEqual({ text: 'Бөкөнбаев', lang: 'ky' });
  });
  it('falls back to English for a Japanese reader, and says so', () => {
    expect(localised(village, 'ja')).toEqual({ text: 'Bokonbaevo', lang: 'en' });
    expect(localised({ ...village, ja: 'ボコンバエヴォ' }, 'ja')).toEqual({ text: 'ボコンバエヴォ', lang: 'ja' });
  });
  it('skips blank names', () => {
    expect(localised({ ky: ' ', ru: 'Тамга' }, 'ky')).toEqual({ text: 'Тамга', lang: 'ru' });
    expect(localised({}, 'en')).toBeNull();
  });
});
