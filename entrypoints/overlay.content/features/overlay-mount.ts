import type { Feature } from '../feature';

/** Mounts the overlay's shadow root once the page has something Pranata works on. */
export const overlayMount: Feature = {
  id: 'overlay-mount',
  init({ scanner, overlay }) {
    scanner.onScan((scan) => {
      if (overlay.mounted()) return;
      if (scan.editors.length > 0 || scan.posts.length > 0 || scan.profile) void overlay.ensure();
    });
  },
};
