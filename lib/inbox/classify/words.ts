import { buildDoc, plainOf } from '@/lib/style/doc';
import { SLANG } from '@/lib/style/lexicon/slang';
import type { CommentWords } from './types';

/**
 * Reads a comment into plain words, with the checker's tokenizer (lib/style/doc.ts: links,
 * mentions and hashtags are spans, not words; "bangettt" and "b4ntu" undone) and its slang table
 * (lib/style/lexicon/slang.ts, first standard form). The checker's table leaves out forms that
 * are also standard words in an admin's reply ("min" for minimum); in a citizen's comment they
 * are the chat forms, so they are added here.
 */
const EXTRA: Readonly<Record<string, string>> = {
  min: 'admin',
  mimin: 'admin',
  kak: 'kakak',
  kk: 'kakak',
  kpn: 'kapan',
  kapn: 'kapan',
  dmn: 'di mana',
  dimana: 'di mana',
  dmana: 'di mana',
  brp: 'berapa',
  gmn: 'bagaimana',
  gimana: 'bagaimana',
  bgmn: 'bagaimana',
  knp: 'kenapa',
  napa: 'kenapa',
  apkh: 'apakah',
  bener: 'benar',
  beneran: 'benar',
  betul: 'benar',
  bnr: 'benar',
  hoax: 'hoaks',
  hoak: 'hoaks',
  makasih: 'terima kasih',
  makasi: 'terima kasih',
  mksh: 'terima kasih',
  trimakasih: 'terima kasih',
  terimakasih: 'terima kasih',
  tks: 'terima kasih',
  thx: 'thanks',
  tq: 'thanks',
  ty: 'thanks',
  cepet: 'cepat',
  gercep: 'cepat tanggap',
  antri: 'antre',
  ngantri: 'antre',
  antrian: 'antrean',
  blum: 'belum',
  blom: 'belum',
  lom: 'belum',
  sdh: 'sudah',
  udah: 'sudah',
  dah: 'sudah',
  gak: 'tidak',
  ga: 'tidak',
  gk: 'tidak',
  engga: 'tidak',
  nggak: 'tidak',
  ngga: 'tidak',
  tdk: 'tidak',
  kagak: 'tidak',
  ndak: 'tidak',
  info: 'informasi',
  infonya: 'informasinya',
  inpo: 'informasi',
  persyaratannya: 'persyaratan',
  syaratnya: 'syarat',
  jadwalnya: 'jadwal',
  linknya: 'link',
  lapor: 'lapor',
  ngaku: 'mengaku',
  nyebrang: 'menyeberang',
  damkar: 'pemadam kebakaran',
  wa: 'whatsapp',
  dm: 'dm',
  pdam: 'pdam',
};

const SLANG_MAP: ReadonlyMap<string, string> = new Map(
  SLANG.map(([from, to]) => [from, to.split('|')[0] ?? to] as const),
);

function standard(word: string): string {
  return EXTRA[word] ?? SLANG_MAP.get(word) ?? word;
}

export function readComment(text: string): CommentWords {
  const doc = buildDoc(text);
  const words: string[] = [];
  for (const tok of doc.tokens) {
    if (tok.skip) continue;
    // "ngaku2", "anak2": a reduplication written with a 2 is the word itself here.
    const lower = tok.lower.replace(/(\p{L}{2,})2$/u, '$1');
    const plain = lower === tok.lower ? plainOf(tok) : lower;
    const std = standard(plain);
    if (std === '') continue;
    for (const w of std.split(' ')) words.push(w);
  }
  let links = 0;
  let mentions = 0;
  for (const s of doc.spans) {
    if (s.kind === 'url' || s.kind === 'email') links++;
    else if (s.kind === 'mention') mentions++;
  }
  return { text, words, joined: ` ${words.join(' ')} `, links, mentions };
}
