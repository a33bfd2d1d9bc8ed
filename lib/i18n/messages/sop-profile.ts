/** UI strings: the options page's SOP profile and rules sections. Indonesian is the source. */
export const id = {
  'profile.nav': 'Profil SOP',
} as const;

export const en: Record<keyof typeof id, string> = {
  'profile.nav': 'SOP profile',
};
