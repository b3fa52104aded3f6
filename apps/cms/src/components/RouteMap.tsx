'use client';
import 'leaflet/dist/leaflet.css';
import { legBetween, longLegMessage, longLegs } from '@paseo/domain/walkPlan';
import { useConfig, useFormFields, useLocale } from '@payloadcms/ui';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { relationId } from '../lib/relationId';

type Place = { id: string; name: string; location: { latitude: number; longitude: number } };

const stopField = /^stops\.(\d+)\.venue$/;

/**
 * The walk's route on a map while the editor builds it: the stops' venues in order, joined by the
 * legs, with each leg's length on foot and a flag on any leg too long for a walk. It reads the
 * stops from the form and their places from the CMS's own API.
 */
export function RouteMap() {
  // The venue ids of the stops in order, as one string so the form's other changes do not redraw.
  const ids = useFormFields(([fields]) =>
    Object.keys(fields)
      .map((key) => [key, stopField.exec(key)?.[1]] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(([key]) => String(relationId(fields[key]?.value) ?? ''))
      .filter(Boolean)
      .join(','),
  );
  const { config } = useConfig();
  const locale = useLocale();
  const [places, setPlaces] = useState<Map<string, Place>>(new Map());
  const [failed, setFailed] = useState(false);
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);

  useEffect(() => {
    if (!ids) return;
    const controller = new AbortController();
    const query = new URLSearchParams({
      'where[id][in]': ids,
      depth: '0',
      limit: '50',
      draft: 'true',
      locale: locale.code,
      'select[name]': 'true',
      'select[location]': 'true',
    });
    fetch(`${config.serverURL}${config.routes.api}/venues?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((body: { docs: Place[] }) => {
        setFailed(false);
        setPlaces(new Map(body.docs.map((doc) => [String(doc.id), doc])));
      })
      .catch((error: unknown) => {
        if ((error as { name?: string }).name !== 'AbortError') setFailed(true);
      });
    return () => controller.abort();
  }, [ids, config.serverURL, config.routes.api, locale.code]);

  const stops = useMemo(
    () =>
      ids
        .split(',')
        .map((id) => places.get(id))
        .filter(
          (place): place is Place => place?.location?.latitude != null && place.location.longitude != null,
        ),
    [ids, places],
  );

  useEffect(() => {
    let cancelled = false;
    const drawn = stops.map((stop) => [stop.location.latitude, stop.location.longitude] as [number, number]);
    // Leaflet reads `window` when it loads, so it is loaded in the browser only.
    void import('leaflet').then(({ default: L }) => {
      if (cancelled || !element.current || drawn.length === 0) return;
      map.current?.remove();
      const live = L.map(element.current, { scrollWheelZoom: false });
      map.current = live;
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      }).addTo(live);
      L.polyline(drawn, { color: '#b4451f', weight: 4, dashArray: '6 6' }).addTo(live);
      drawn.forEach((point, index) => {
        L.circleMarker(point, { radius: 10, color: '#fff', weight: 2, fillColor: '#b4451f', fillOpacity: 1 })
          .addTo(live)
          .bindTooltip(String(index + 1), {
            permanent: true,
            direction: 'center',
            className: 'route-map__number',
          });
      });
      live.fitBounds(L.latLngBounds(drawn).pad(0.25), { maxZoom: 17 });
    });
    return () => {
      cancelled = true;
    };
  }, [stops]);

  useEffect(
    () => () => {
      map.current?.remove();
    },
    [],
  );

  if (!ids) return <p style={{ opacity: 0.7 }}>Choose the stops’ venues to see the route on a map.</p>;
  const flagged = longLegs(stops);
  return (
    <section
      className="route-map"
      aria-label="Map of the walk's route"
      style={{ marginBottom: '1.5rem' }}
      data-testid="route-map"
    >
      <div
        ref={element}
        style={{ width: '100%', maxWidth: 720, height: 320, border: '1px solid var(--theme-elevation-150)' }}
      />
      {failed ? <p>The stops’ places could not be loaded; the route is not shown.</p> : null}
      <ol>
        {stops.map((stop, index) => {
          const previous = stops[index - 1];
          const leg = previous && legBetween(previous.location, stop.location);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a venue may be chosen twice, which is what is being fixed.
            <li key={index}>
              {stop.name}
              {leg ? ` — ${leg.meters} m, ${leg.minutes} min on foot from stop ${index}` : ''}
            </li>
          );
        })}
      </ol>
      {flagged.map((leg, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two legs may join the same two venues.
        <p key={index} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {longLegMessage(leg)}
        </p>
      ))}
    </section>
  );
}
