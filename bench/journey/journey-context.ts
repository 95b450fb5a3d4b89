import { ProcessGroups } from '../support/cpu';
import { RunTopic } from '../support/progress';
import { RunningServices } from '../support/tamga-services';
import { RuleTimer } from './rule-timer';
import { StateReadCounter } from './state-reads';
import { ChainWorld } from './world';

/** What the journey's phases share. */
export interface JourneyBench extends RunTopic {
  readonly run: string;
  readonly tamga: RunningServices;
  readonly groups: ProcessGroups;
  /** One supply chain of parties, with their keys, per client. */
  readonly worlds: readonly ChainWorld[];
  /** Times the capture service's decisions; null when the services run in processes of their own. */
  readonly timer: RuleTimer | null;
  /** Counts the stored events capture reads back to decide; null as the timer is. */
  readonly reads: StateReadCounter | null;
}
