import type { Contact as ContactDetails, Locale } from '@paseo/domain';
import { t } from '@/lib/i18n';

/** Phone, website and email, those the venue has; nothing when it has none. */
export function Contact({ contact, locale }: { contact: ContactDetails | undefined; locale: Locale }) {
  if (!contact || !(contact.phone || contact.website || contact.email)) return null;
  const words = t(locale);
  return (
    <section aria-labelledby="contact" className="facts-card">
      <h2 id="contact">{words.contact}</h2>
      <ul className="plain-list">
        {contact.phone ? (
          <li>
            {words.phone}: <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
          </li>
        ) : null}
        {contact.website ? (
          <li>
            <a href={contact.website} rel="noopener">
              {words.website}
            </a>
          </li>
        ) : null}
        {contact.email ? (
          <li>
            {words.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
