import { PaseoMark } from './PaseoMark';

/** The admin's small icon (the header's home link, drawn 18 pixels wide there), in place of Payload's. */
export function PaseoIcon() {
  return (
    <span role="img" aria-label="Paseo" className="paseo-icon" style={{ display: 'inline-flex' }}>
      <PaseoMark size={18} />
    </span>
  );
}
