import { DomainError } from '#tamga/domain';
import { certificateLanguageOf } from './certificate-language.param';

describe('the language of a certificate of origin', () => {
  it('is ?lang= when given, whatever the browser prefers', () => {
    expect(certificateLanguageOf('zh', 'ja-JP,ja;q=0.9')).toBe('zh');
  });

  it('refuses a language it is not printed in, naming the field and the rule', () => {
    expect(() => certificateLanguageOf('ky', undefined)).toThrow(DomainError);
    try {
      certificateLanguageOf('EN', undefined);
    } catch (error) {
      expect(error).toMatchObject({ kind: 'malformed', details: [{ field: 'lang', rule: 'certificate-language' }] });
    }
  });

  it('otherwise follows Accept-Language by q-value, ignoring regions and languages it lacks', () => {
    expect(certificateLanguageOf(undefined, 'ja-JP,ja;q=0.9,en;q=0.8')).toBe('ja');
    expect(certificateLanguageOf(undefined, 'ky-KG, ru;q=0.8, en;q=0.9')).toBe('en');
    expect(certificateLanguageOf(undefined, 'zh-Hans-CN;q=0.5, de')).toBe('zh');
    expect(certificateLanguageOf(undefined, 'ru;q=0, de')).toBe('en');
    expect(certificateLanguageOf(undefined, undefined)).toBe('en');
  });
});
