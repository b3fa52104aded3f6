import { type Locale, localize, type PracticalTip } from '@paseo/domain';
import { t } from '@/lib/i18n';

/** What helps on the day: bags, cash, time needed, photography. */
export function Tips({ tips, locale }: { tips: PracticalTip[]; locale: Locale }) {
  if (tips.length === 0) return null;
  const words = t(locale);
  return (
    <section aria-labelledby="tips" className="venue__section">
      <h2 id="tips">{words.tips}</h2>
      <dl className="tips">
        {tips.map((tip) => (
          <div key={`${tip.kind}-${tip.text.es}`} className="tips__item">
            <dt>{words.tipKinds[tip.kind]}</dt>
            <dd>{localize(tip.text, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
