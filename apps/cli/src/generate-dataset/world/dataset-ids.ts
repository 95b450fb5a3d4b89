/**
 * How the dataset names things. Every master-data id carries the dataset's tag (`d1` for seed 1)
 * and every lot id its prefix (`D1`), so two datasets, or a dataset and the demo season, never
 * share an id when one is added beside another (`--force`).
 */
export interface DatasetIds {
  readonly tag: string;
  readonly lotPrefix: string;
  /** `village:d1-tamga`, `producer:d1-tamga-0042`... */
  id(kind: string, key: string): string;
  /** GS1 company references of the dataset's GTINs (4 digits) and GLNs (3 digits, 6-digit locations). */
  readonly gtinCompany: string;
  readonly glnCompany: string;
}

/** The ids of the dataset made from `seed`. */
export function datasetIds(seed: number): DatasetIds {
  const tag = `d${seed.toString(36)}`;
  return {
    tag,
    lotPrefix: tag.toUpperCase(),
    id: (kind, key) => `${kind}:${tag}-${key}`,
    gtinCompany: String(5000 + (seed % 5000)),
    glnCompany: String(500 + (seed % 500)),
  };
}
