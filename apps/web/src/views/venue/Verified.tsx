import { type Locale, lastVerified, type Venue } from '@paseo/domain';
import { formatDate, t } from '@/lib/i18n';

/** When the venue's facts were last checked, and against which sources (each named once). */
export function Verified({ venue, locale }: { venue: Venue; locale: Locale }) {
  const verified = lastVerified(venue);
  if (!verified) return null;
  const words = t(locale);
  const sources = [...new Map(venue.factChecks.map((check) => [check.source.name, check.source])).values()];
  return (
    <div className="verified" data-testid="verified">
      <p>
        <strong>{words.verifiedOn(formatDate(verified, locale))}</strong>
      </p>
      <p className="verified__sources">
        {words.verifiedSources}:{' '}
        {sources.map((source, index) => (
          <span key={source.name}>
            {index > 0 ? ', ' : ''}
            {source.url ? <a href={source.url}>{source.name}</a> : source.name}
          </span>
        ))}
      </p>
    </div>
  );
}
