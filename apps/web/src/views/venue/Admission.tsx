import { type Locale, localize, type Venue } from '@paseo/domain';
import { formatPrice, t } from '@/lib/i18n';

/** Who pays what, and the days entry is free. */
export function Admission({
  admission,
  locale,
}: {
  admission: NonNullable<Venue['admission']>;
  locale: Locale;
}) {
  const words = t(locale);
  return (
    <section aria-labelledby="admission" className="facts-card" data-testid="admission">
      <h2 id="admission">{words.admission}</h2>
      <dl className="price-list">
        {admission.prices.map((price) => (
          <div key={`${price.kind}-${price.audience.es}`}>
            <dt>{localize(price.audience, locale)}</dt>
            <dd>{price.amountMXN === 0 ? words.free : formatPrice(price.amountMXN, locale)}</dd>
          </div>
        ))}
      </dl>
      {admission.freeDays.length > 0 ? (
        <>
          <h3>{words.freeEntry}</h3>
          <ul className="plain-list">
            {admission.freeDays.map((day) => (
              <li key={day.text.es}>{localize(day.text, locale)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {admission.note ? <p className="facts-card__note">{localize(admission.note, locale)}</p> : null}
    </section>
  );
}
