/**
 * Paseo's mark, as on the public site's icon: a "P" on the site's terracotta, with a trail of
 * steps leading off it. Drawn inline so the admin needs no extra request for it; the same drawing
 * is the admin's favicon (public/paseo-icon.svg).
 */
export function PaseoMark({ size }: { size: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="#a63f1b" />
      <path
        d="M11 24.5V8h5.5a5 5 0 0 1 0 10H11"
        fill="none"
        stroke="#fff"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="17.5" cy="24.5" r="1.5" fill="#f6d9a8" />
      <circle cx="22" cy="22.5" r="1.5" fill="#f6d9a8" />
      <circle cx="25" cy="18.5" r="1.5" fill="#f6d9a8" />
    </svg>
  );
}
