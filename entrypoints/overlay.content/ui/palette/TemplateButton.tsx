import type { UiLanguage } from '@/lib/schemas/common';
import { tp } from './i18n';
import { BUTTON_SIZE, buttonPosition } from './position';
import { useAnchorRect, useViewport } from './use-anchor-rect';
import { trusted } from '../trusted';

interface Props {
  element: HTMLElement;
  lang: UiLanguage;
  expanded: boolean;
  tick: number;
  onOpen(): void;
}

/** The small button beside the active composer that opens the palette. Hidden when the composer is off screen or gone. */
export function TemplateButton({ element, lang, expanded, tick, onOpen }: Props) {
  const rect = useAnchorRect(element, tick);
  const viewport = useViewport();
  const at = rect ? buttonPosition(rect, viewport) : null;
  const label = tp(lang, 'palette.button');
  return (
    <button
      type="button"
      className="pp-button"
      data-testid="pranata-template-button"
      aria-label={label}
      title={`${label} (Alt+Shift+P)`}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      hidden={!at}
      style={at ? { left: `${at.left}px`, top: `${at.top}px`, width: `${BUTTON_SIZE}px`, height: `${BUTTON_SIZE}px` } : undefined}
      // Keeps the caret in the composer: the palette reads where it is when it opens.
      onMouseDown={(e) => e.preventDefault()}
      onClick={trusted(onOpen)}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M5 3h10l4 4v14H5V3zm9 1.5V8h3.5L14 4.5zM7.5 11v1.6h9V11h-9zm0 3.2v1.6h9v-1.6h-9zm0 3.2V19h6v-1.6h-6z"
        />
      </svg>
    </button>
  );
}
