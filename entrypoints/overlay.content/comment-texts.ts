/**
 * The texts of the comments this page has read under the agency's posts (issue 17), by the site's
 * comment id, so the palette can suggest templates for the comment being answered without asking
 * the background. One per page (FeatureEnv.commentTexts: the lazily loaded UI is a bundle of its
 * own, so a module-level map would not be shared), in memory only, never stored; the oldest go
 * past MAX.
 */
const MAX = 500;

export interface CommentTexts {
  remember(id: string, text: string): void;
  get(id: string): string | undefined;
}

export function createCommentTexts(): CommentTexts {
  const texts = new Map<string, string>();
  return {
    remember(id, text) {
      texts.delete(id);
      texts.set(id, text);
      if (texts.size > MAX) {
        const oldest = texts.keys().next().value;
        if (oldest !== undefined) texts.delete(oldest);
      }
    },
    get: (id) => texts.get(id),
  };
}
