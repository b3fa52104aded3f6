import { type Locale, localize, type Neighborhood } from '@paseo/domain';
import { entryPath } from '@/lib/urls';

export type Crumb = { name: string; path: string };

/** Where the page sits: Home › Coyoacán › Del Carmen. The last crumb is the page itself. */
export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={item.path}>
            {index === items.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <a href={item.path}>{item.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A crumb for each area of a trail, outermost first: Coyoacán › Del Carmen. */
export function neighborhoodCrumbs(trail: readonly Neighborhood[], locale: Locale): Crumb[] {
  return trail.map((n) => ({
    name: localize(n.name, locale),
    path: entryPath('neighborhood', locale, n.slug),
  }));
}
