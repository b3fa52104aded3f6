'use client';

import { useEffect, useState } from 'react';
import type { MapPoint } from './LeafletMap';

type Props = {
  point: MapPoint;
  label: string;
  showLabel: string;
  loadingLabel: string;
  previewLabel: string;
  /** Other places to mark, e.g. a neighborhood's venues. */
  others?: MapPoint[];
  outline?: [number, number][][];
  /** A walk's line through its stops, as [latitude, longitude] pairs. */
  route?: [number, number][];
};

/**
 * A drawn, zero-request preview of where the place is; the interactive map (script, styles and
 * tiles) is fetched only when the visitor asks for it.
 */
export function MapOnDemand({
  point,
  label,
  showLabel,
  loadingLabel,
  previewLabel,
  others = [],
  outline,
  route,
}: Props) {
  const [LiveMap, setLiveMap] = useState<typeof import('./LeafletMap').LeafletMap | null>(null);
  const [loading, setLoading] = useState(false);
  // Served disabled: a click before the page's script has started would otherwise do nothing.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  if (LiveMap) {
    return (
      <section className="map map--live" data-testid="map" aria-label={label}>
        <LiveMap point={point} others={others} outline={outline} route={route} />
      </section>
    );
  }

  return (
    <div className="map map--preview" data-testid="map" data-map-state={loading ? 'loading' : 'preview'}>
      <svg viewBox="0 0 320 180" className="map__drawing" role="img" aria-label={previewLabel}>
        <rect width="320" height="180" className="map__ground" />
        <path d="M0 120 L320 96" className="map__road map__road--major" />
        <path d="M40 0 L76 180" className="map__road" />
        <path d="M0 48 L320 40" className="map__road" />
        <path d="M210 0 L236 180" className="map__road" />
        <path d="M130 0 L150 180" className="map__road map__road--minor" />
        <path d="M0 150 L320 140" className="map__road map__road--minor" />
        <circle cx="160" cy="86" r="16" className="map__halo" />
        <circle cx="160" cy="86" r="7" className="map__pin" />
      </svg>
      <button
        type="button"
        className="button map__button"
        disabled={!ready || loading}
        onClick={() => {
          setLoading(true);
          import('./LeafletMap')
            .then((module) => setLiveMap(() => module.LeafletMap))
            .catch(() => setLoading(false));
        }}
      >
        {loading ? loadingLabel : showLabel}
      </button>
    </div>
  );
}
