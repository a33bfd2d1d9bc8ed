import type { Feature } from '../feature';
import { overlayMount } from './overlay-mount';
import { health } from './health';
import { commands } from './commands';
import { uiFeatures } from './ui-features';
import { snapshots } from './snapshots';
import { postBadges } from './post-badges';
import { sendWatch } from './send-watch';
import { pageCapture } from './page-capture';
import { comments } from './comments';

/** Every feature of the content script, in start order. */
export const FEATURES: readonly Feature[] = [overlayMount, health, commands, uiFeatures, snapshots, postBadges, sendWatch, pageCapture, comments];
