import { DEFAULT_DATASET_EVENTS, datasetRequestOf } from './generate-dataset-arguments';

describe('tamga generate-dataset arguments', () => {
  it('defaults to a million events of seed 1, refusing a non-empty store', () => {
    expect(datasetRequestOf([])).toEqual({ events: DEFAULT_DATASET_EVENTS, seed: 1, force: false });
  });

  it('reads --events, --seed, --database and --force, with = or a separate value', () => {
    expect(datasetRequestOf(['--events', '20000', '--seed=7', '--database', 'tamga_dataset', '--force'])).toEqual({ events: 20_000, seed: 7, database: 'tamga_dataset', force: true });
  });

  it.each([['--events', '0'], ['--events', '1e6'], ['--seed', '-1'], ['--database', 'Bad-Name'], ['--events'], ['--force=yes'], ['stray']])('refuses %p', (...args) => {
    expect(datasetRequestOf(args)).toBeNull();
  });
});
