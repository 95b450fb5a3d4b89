import { SchemeRegistered } from './scheme-registered.event';
import { SchemeRevised } from './scheme-revised.event';

/** Every fact that can happen to a brand or certification scheme. */
export type SchemeEvent = SchemeRegistered | SchemeRevised;
