import { ProcessGroups } from '../support/cpu';
import { Samples } from './samples';

/** What every measuring phase works with. */
export interface ProvenanceBench {
  readonly provenanceUrl: string;
  readonly helloUrl: string;
  readonly groups: ProcessGroups;
  readonly samples: Samples;
  /** `Authorization` for the inspector's reads (the traces). */
  readonly inspectorAuthorization: string;
}

/** The languages phones ask the page in, with how often (Kyrgyz and Russian at home, the rest from buyers and visitors). */
const LANGUAGES = ['ky', 'ru', 'ky', 'ru', 'en', 'ru', 'ky', 'ja', 'zh', 'en'] as const;

/** The language of the i-th request. */
export function languageOf(i: number): string {
  return LANGUAGES[i % LANGUAGES.length];
}

/** What a phone's browser sends when it opens a scanned code. */
export function browserHeaders(lang: string): Record<string, string> {
  return {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': `${lang},en;q=0.5`,
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': 'Mozilla/5.0 (Linux; Android 14; tamga-bench) Mobile',
  };
}
