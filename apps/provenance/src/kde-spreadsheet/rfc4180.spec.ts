import { csvField, csvRecord } from './rfc4180';

describe('CSV as RFC 4180 writes it', () => {
  it('leaves plain values alone', () => {
    expect(csvRecord(['TMG-HNY-26-001', '97.5', 'KGM', '2026-07-21T10:00:00.000+06:00'])).toBe('TMG-HNY-26-001,97.5,KGM,2026-07-21T10:00:00.000+06:00\r\n');
  });

  it('quotes a comma, a double quote (doubled) and a line break', () => {
    expect(csvField('Hokkaido Natural Foods, K.K.')).toBe('"Hokkaido Natural Foods, K.K."');
    expect(csvField('the "white" honey')).toBe('"the ""white"" honey"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
  });

  it('keeps every script as it is: the BOM makes spreadsheets read UTF-8', () => {
    expect(csvField('Ак-Суу 蜂蜜')).toBe('Ак-Суу 蜂蜜');
  });

  it('never lets a value run as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+7 700')).toBe('"\'+7 700"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
  });
});
