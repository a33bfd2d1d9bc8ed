import type { EditorKind } from '../types';
import { buildModel, isTextField } from './model';

/** The current draft as plain text (blocks joined with "\n"); offsets match replaceRange/rangeRects. */
export function readText(el: HTMLElement, kind: EditorKind): string {
  if (kind === 'textarea' || isTextField(el)) return isTextField(el) ? el.value : '';
  return buildModel(el, kind).text;
}
