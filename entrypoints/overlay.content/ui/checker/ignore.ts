import type { Finding } from '@/lib/style/runtime';

/**
 * "Ignore once": the admin hides a finding for the draft they are writing. A finding is known by
 * its rule and the words it covers (offsets move while typing; the words do not), so an ignored
 * "gak" stays hidden as the sentence grows, and comes back in the next draft: the list is
 * cleared when the draft is emptied (sent or deleted).
 */
export class IgnoreList {
  private readonly keys = new Set<string>();
  private lastText = '';

  private static keyOf(f: Pick<Finding, 'ruleId' | 'start' | 'end'>, text: string): string {
    return `${f.ruleId}\u0000${text.slice(f.start, f.end).toLowerCase()}`;
  }

  ignore(f: Pick<Finding, 'ruleId' | 'start' | 'end'>, text: string): void {
    this.keys.add(IgnoreList.keyOf(f, text));
  }

  isIgnored(f: Pick<Finding, 'ruleId' | 'start' | 'end'>, text: string): boolean {
    return this.keys.has(IgnoreList.keyOf(f, text));
  }

  get size(): number {
    return this.keys.size;
  }

  /**
   * The findings still shown for this text. Call with every new text: an emptied draft
   * starts a new one and forgets what was ignored.
   */
  visible<F extends Pick<Finding, 'ruleId' | 'start' | 'end'>>(findings: readonly F[], text: string): F[] {
    if (text.trim() === '' && this.lastText.trim() !== '') this.keys.clear();
    this.lastText = text;
    if (this.keys.size === 0) return [...findings];
    return findings.filter((f) => !this.isIgnored(f, text));
  }
}
