import type { CommentCategory } from '@/lib/inbox/classify';

export type Labelled = readonly [text: string, category: CommentCategory];
