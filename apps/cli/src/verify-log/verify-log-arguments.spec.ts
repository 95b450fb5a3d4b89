import { verifyLogRequestOf } from './verify-log-arguments';

describe('tamga verify-log arguments', () => {
  it('reads --topic and --database, with = or a separate value', () => {
    expect(verifyLogRequestOf([])).toEqual({});
    expect(verifyLogRequestOf(['--topic', 'tamga.lot-events.v1', '--database=postgres://u@h:1/db'])).toEqual({ topic: 'tamga.lot-events.v1', database: 'postgres://u@h:1/db' });
    expect(verifyLogRequestOf(['--database', 'tamga_bench'])).toEqual({ database: 'tamga_bench' });
  });

  it.each([['--topic'], ['--topic', 'a b'], ['--database', 'Bad-Name'], ['--force'], ['stray'], ['--topic', '--database']])('refuses %p', (...args) => {
    expect(() => verifyLogRequestOf(args)).toThrow();
  });
});
