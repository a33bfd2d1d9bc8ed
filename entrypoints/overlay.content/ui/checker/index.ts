import type { Feature } from '../../feature';
import { CheckerController } from './controller';

/** The SOP check panel, highlights and QC gate on the focused composer (issue 5, items 6). */
export const checker: Feature = {
  id: 'checker',
  init(env) {
    new CheckerController(env).start();
  },
};
