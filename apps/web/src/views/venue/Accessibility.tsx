import {
  type Accessibility as AccessibilityFacts,
  accessibilityFeatures,
  type Locale,
  localize,
} from '@paseo/domain';
import { t } from '@/lib/i18n';

/** Each feature a visitor with reduced mobility asks about, and the languages of signs and tours. */
export function Accessibility({
  accessibility,
  locale,
}: {
  accessibility: AccessibilityFacts;
  locale: Locale;
}) {
  const words = t(locale);
  const languages = (codes: string[]) => codes.map((code) => words.languageNames[code] ?? code).join(', ');
  return (
    <section aria-labelledby="accessibility" className="facts-card" data-testid="accessibility">
      <h2 id="accessibility">{words.accessibility}</h2>
      <dl className="access-list">
        {accessibilityFeatures.map((key) => (
          <div key={key} data-availability={accessibility[key]}>
            <dt>{words.accessibilityFeatures[key]}</dt>
            <dd>{words.availability[accessibility[key]]}</dd>
          </div>
        ))}
        {(['signageLanguages', 'tourLanguages'] as const).map((key) =>
          accessibility[key].length > 0 ? (
            <div key={key}>
              <dt>{words[key]}</dt>
              <dd>{languages(accessibility[key])}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {accessibility.note ? <p className="facts-card__note">{localize(accessibility.note, locale)}</p> : null}
    </section>
  );
}
