'use client';
import { useFormFields } from '@payloadcms/ui';
import type { UIFieldClientProps } from 'payload';

/**
 * A small map of the coordinates being edited, so an editor sees at once when latitude and
 * longitude are swapped or mistyped. It reads the two sibling fields of the group it sits in.
 */
export function MapPreview({ path }: UIFieldClientProps) {
  const group = path.split('.').slice(0, -1).join('.');
  const latitude = useFormFields(([fields]) => fields[`${group}.latitude`]?.value);
  const longitude = useFormFields(([fields]) => fields[`${group}.longitude`]?.value);
  const lat = Number(latitude);
  const lon = Number(longitude);
  const valid =
    latitude !== undefined && longitude !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  if (!valid) {
    return <p style={{ opacity: 0.7 }}>Enter a latitude and a longitude to see them on a map.</p>;
  }
  const d = 0.004;
  const bbox = [lon - d, lat - d, lon + d, lat + d].map((n) => n.toFixed(5)).join(',');
  const embed = `https://www.openstreetmap.org/export/embed.html?bbox=${bbox}&layer=mapnik&marker=${lat},${lon}`;
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <iframe
        title="Map preview of these coordinates"
        src={embed}
        loading="lazy"
        style={{ width: '100%', maxWidth: 560, height: 280, border: '1px solid var(--theme-elevation-150)' }}
      />
      <p>
        <a
          href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`}
          target="_blank"
          rel="noreferrer"
        >
          Open this point in OpenStreetMap
        </a>
      </p>
    </div>
  );
}
