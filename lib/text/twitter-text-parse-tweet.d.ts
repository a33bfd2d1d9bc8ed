// twitter-text's own types cover the package root only; this is its parseTweet module alone.
declare module 'twitter-text/dist/esm/parseTweet.js' {
  import type { parseTweet } from 'twitter-text';
  const parse: typeof parseTweet;
  export default parse;
}
