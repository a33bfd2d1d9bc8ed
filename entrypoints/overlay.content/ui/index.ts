import type { Feature } from '../feature';
import { checker } from './checker';
import { qcGate } from './gate';
import { palette } from './palette';
import { tabOrder } from './tab-order';

/** UI features, loaded lazily (see ui-loader.ts). One file per feature, same shape as the core ones. */
export const UI_FEATURES: readonly Feature[] = [checker, qcGate, palette, tabOrder];
