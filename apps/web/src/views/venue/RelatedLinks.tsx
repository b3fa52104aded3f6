/** A titled list of links from the venue to other entries (its guides, the walks that stop there). */
export function RelatedLinks({
  id,
  title,
  testId,
  links,
}: {
  id: string;
  title: string;
  testId: string;
  links: { href: string; title: string; text?: string }[];
}) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id} className="venue__section wrap" data-testid={testId}>
      <h2 id={id}>{title}</h2>
      <ul className="guide-links">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.title}</a>
            {link.text ? <span>{link.text}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
