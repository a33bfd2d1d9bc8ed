import type { Feature } from '../feature';
import { overlayMount } from './overlay-mount';
import { health } from './health';
import { commands } from './commands';
import { uiFeatures } from './ui-features';

/** Every feature of the content script, in start order. */
export const FEATURES: readonly Feature[] = [overlayMount, health, commands, uiFeatures];
