import type { ReactNode } from 'react';

// Inline SVG icons as React elements (never innerHTML); simple shapes, enough to look like buttons.
function Svg({ children, size = 20 }: { children: ReactNode; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={1.8}>
      {children}
    </svg>
  );
}

export const IconReply = () => (
  <Svg>
    <path d="M4 5h16v11H9l-5 4z" />
  </Svg>
);
export const IconRepost = () => (
  <Svg>
    <path d="M7 7h11l-3-3M17 17H6l3 3" />
  </Svg>
);
export const IconLike = () => (
  <Svg>
    <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
  </Svg>
);
export const IconViews = () => (
  <Svg>
    <path d="M5 20V10M10 20V4M15 20v-7M20 20v-4" />
  </Svg>
);
export const IconBookmark = () => (
  <Svg>
    <path d="M6 3h12v18l-6-4-6 4z" />
  </Svg>
);
export const IconShare = () => (
  <Svg>
    <path d="M12 3v12M7 8l5-5 5 5M4 14v6h16v-6" />
  </Svg>
);
export const IconComment = () => (
  <Svg>
    <circle cx="12" cy="12" r="8" />
  </Svg>
);
export const IconSend = () => (
  <Svg>
    <path d="M3 20l18-8L3 4v6l12 2-12 2z" />
  </Svg>
);
export const IconClose = () => (
  <Svg>
    <path d="M6 6l12 12M18 6L6 18" />
  </Svg>
);
export const IconVerified = ({ label }: { label: string }) => (
  <svg viewBox="0 0 24 24" width={18} height={18} role="img" aria-label={label} data-testid="icon-verified">
    <circle cx="12" cy="12" r="10" fill="#829aab" />
    <path d="M7 12l3 3 7-7" stroke="#fff" strokeWidth={2.5} fill="none" />
  </svg>
);
