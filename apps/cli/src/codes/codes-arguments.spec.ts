import { limitOfArguments } from './codes-arguments';

describe('tamga codes arguments', () => {
  it.each([
    [[], {}],
    [['--limit', '5'], { limit: 5 }],
    [['--limit=12'], { limit: 12 }],
  ])('reads %p', (args, expected) => {
    expect(limitOfArguments(args)).toEqual(expected);
  });

  it.each([[['--limit']], [['--limit', '0']], [['--limit', '-1']], [['--limit', '2.5']], [['--limit=']], [['--limit', 'x']], [['5']], [['--limit', '5', 'x']], [['--lim', '5']]])(
    'refuses %p',
    (args) => {
      expect(limitOfArguments(args)).toBeNull();
    },
  );
});
