'use client';

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';

export type MapPoint = { latitude: number; longitude: number; title?: string; href?: string };

/**
 * A tooltip's content as an element holding text: Leaflet writes a string tooltip as HTML, and a
 * venue's name is whatever an editor typed.
 */
function asText(title: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = title;
  return element;
}

/** The interactive map, loaded on demand: OpenStreetMap tiles, the place, and anything around it. */
export function LeafletMap({
  point,
  others = [],
  outline,
  route,
}: {
  point: MapPoint;
  others?: MapPoint[];
  outline?: [number, number][][] | undefined;
  /** A walk's line through its stops, as [latitude, longitude] pairs. */
  route?: [number, number][] | undefined;
}) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const map = L.map(element.current, { scrollWheelZoom: false }).setView(
      [point.latitude, point.longitude],
      16,
    );
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
    if (outline) {
      L.polygon(
        outline.map((ring) => ring.map(([lon, lat]) => [lat, lon] as [number, number])),
        { color: '#b4451f', weight: 2, fillOpacity: 0.06 },
      ).addTo(map);
    }
    if (route) L.polyline(route, { color: '#b4451f', weight: 4, opacity: 0.8 }).addTo(map);
    // Circle markers need no image files, so nothing else is fetched.
    L.circleMarker([point.latitude, point.longitude], {
      radius: 9,
      color: '#fff',
      weight: 3,
      fillColor: '#b4451f',
      fillOpacity: 1,
    })
      .addTo(map)
      .bindTooltip(asText(point.title ?? ''));
    const bounds = L.latLngBounds([[point.latitude, point.longitude]]);
    for (const other of others) {
      const marker = L.circleMarker([other.latitude, other.longitude], {
        radius: 6,
        color: '#fff',
        weight: 2,
        fillColor: '#2f5d50',
        fillOpacity: 1,
      }).addTo(map);
      if (other.title) marker.bindTooltip(asText(other.title));
      if (other.href) marker.on('click', () => window.location.assign(other.href as string));
      bounds.extend([other.latitude, other.longitude]);
    }
    if (others.length > 0) map.fitBounds(bounds.pad(0.2));
    return () => {
      map.remove();
    };
  }, [point, others, outline, route]);

  return <div ref={element} className="map__canvas" />;
}
