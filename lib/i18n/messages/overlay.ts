/** UI strings: overlay. Indonesian is the source; English is typed against it. */
export const id = {
  'overlay.label': 'Pranata',
} as const;

export const en: Record<keyof typeof id, string> = {
  'overlay.label': 'Pranata',
};
