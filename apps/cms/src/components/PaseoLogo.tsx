import { PaseoMark } from './PaseoMark';

/** The admin's logo (login and account pages): the mark and the name, in place of Payload's. */
export function PaseoLogo() {
  return (
    <span
      role="img"
      aria-label="Paseo"
      className="paseo-logo"
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}
    >
      <PaseoMark size={48} />
      <span
        aria-hidden="true"
        style={{ fontSize: '2.25rem', fontWeight: 700, letterSpacing: '-0.02em', color: 'var(--theme-text)' }}
      >
        Paseo
      </span>
    </span>
  );
}
