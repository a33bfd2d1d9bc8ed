import type { Words } from '../shared/lang';

/**
 * The page's UI words. Real (../shared/fixtures/real/next/): "x ditonton", "subscriber",
 * "… yang lalu" (youtube-indonesian-ui-strings.txt, youtube-indonesian-timeago-newpipe.txt); the
 * English "Add a public comment...", "Comment", "Reply", "Cancel", "N replies", "Like this comment
 * along with N other people" (youtube-watch-ctrl-enter.txt, youtube-watch-comment-thread-2025.txt,
 * youtube-watch-commentbox-outerhtml-vi.txt). The Indonesian labels of the box and the buttons were
 * NOT found anywhere: the ones here are guesses so that the id UI has words (no adapter reads them).
 */
export const W = {
  addComment: { id: 'Tambahkan komentar...', en: 'Add a comment...' },
  publicComment: { id: 'Tambahkan komentar publik...', en: 'Add a public comment...' },
  addReply: { id: 'Tambahkan balasan...', en: 'Add a reply...' },
  comment: { id: 'Komentar', en: 'Comment' },
  reply: { id: 'Balas', en: 'Reply' },
  cancel: { id: 'Batal', en: 'Cancel' },
  like: { id: 'Suka', en: 'Like' },
  upNext: { id: 'Berikutnya', en: 'Up next' },
  comments: { id: 'Komentar', en: 'Comments' },
} satisfies Record<string, Words>;
