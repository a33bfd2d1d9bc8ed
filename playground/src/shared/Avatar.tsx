/** A round avatar drawn with CSS (no image, no network): initials on a colour from the name. */
export function Avatar({ name, size = 40 }: { name: string; size?: number }) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  const initials = Array.from(name.replace(/[^\p{L}\p{N} ]/gu, '').trim())
    .filter((_, i, all) => i === 0 || all[i - 1] === ' ')
    .slice(0, 2)
    .join('')
    .toUpperCase();
  // The initials are drawn by CSS (::before), so the avatar adds no text to the page, like the
  // sites' <img>/<svg> avatars: author-name lookups must not read "SR" out of it.
  return (
    <div
      aria-hidden="true"
      className="pg-avatar"
      data-initials={initials || '?'}
      style={{
        width: size,
        height: size,
        borderRadius: '50%',
        background: `hsl(${hash} 55% 45%)`,
        color: '#fff',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontWeight: 700,
        fontSize: size * 0.38,
        flex: 'none',
      }}
    />
  );
}

/** A picture placeholder (post media) drawn with a CSS gradient. */
export function MediaBox({ seed, ratio = 1, label }: { seed: string; ratio?: number; label: string }) {
  let hash = 0;
  for (const ch of seed) hash = (hash * 17 + (ch.codePointAt(0) ?? 0)) % 360;
  return (
    <div
      role="img"
      aria-label={label}
      style={{
        width: '100%',
        aspectRatio: String(ratio),
        background: `linear-gradient(135deg, hsl(${hash} 60% 60%), hsl(${(hash + 80) % 360} 60% 35%))`,
      }}
    />
  );
}
