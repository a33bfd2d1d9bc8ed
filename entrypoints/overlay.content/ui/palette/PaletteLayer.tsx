import { useStore } from 'zustand';
import type { OverlayStore } from '../../overlay-store';
import type { PaletteController } from './controller';
import { Palette } from './Palette';
import { TemplateButton } from './TemplateButton';

interface Props {
  controller: PaletteController;
  overlay: OverlayStore;
}

/** The palette's pieces in the overlay: the button beside the active composer and, when open, the palette. */
export function PaletteLayer({ controller, overlay }: Props) {
  const composer = useStore(controller.store, (s) => s.composer);
  const session = useStore(controller.store, (s) => s.session);
  const status = useStore(controller.store, (s) => s.status);
  const tick = useStore(controller.store, (s) => s.layoutTick);
  const templates = useStore(overlay, (s) => s.templates);
  const loaded = useStore(overlay, (s) => s.loaded);
  const settings = useStore(overlay, (s) => s.settings);
  const profile = useStore(overlay, (s) => s.profile);
  const platform = useStore(overlay, (s) => s.platform);
  const invalidated = useStore(overlay, (s) => s.invalidated);
  const lang = settings?.uiLanguage ?? 'id';
  if (invalidated) return null;
  return (
    <>
      {composer ? (
        <TemplateButton
          element={composer.element}
          lang={lang}
          expanded={session !== null}
          tick={tick}
          onOpen={() => (session ? controller.close({ restoreFocus: true }) : controller.open('button', { composer }))}
        />
      ) : null}
      {session ? (
        <Palette
          key={session.openedAt}
          session={session}
          controller={controller}
          templates={templates}
          loaded={loaded}
          settings={settings}
          profile={profile}
          platform={platform}
          lang={lang}
          status={status}
          tick={tick}
        />
      ) : null}
    </>
  );
}
