import { lotOfArguments } from './epcis-export.command';

describe('tamga epcis-export arguments', () => {
  it.each([
    [[], {}],
    [['--lot', 'TMG-HNY-26-001'], { lotId: 'TMG-HNY-26-001' }],
    [['--lot=TMG-HNY-26-001'], { lotId: 'TMG-HNY-26-001' }],
  ])('reads %p', (args, expected) => {
    expect(lotOfArguments(args)).toEqual(expected);
  });

  it.each([[['--lot']], [['--lot', '']], [['--lot=']], [['--lot', '--lot']], [['TMG-HNY-26-001']], [['--lots', 'X']], [['--lot', 'A', 'B']]])(
    'refuses %p',
    (args) => {
      expect(lotOfArguments(args)).toBeNull();
    },
  );
});
