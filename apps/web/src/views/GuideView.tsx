import { type Guide, homePath, type Locale, localize, pagePath } from '@paseo/domain';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { RichText } from '@/components/RichText';
import { formatDate, t } from '@/lib/i18n';
import { entryPath } from '@/lib/urls';

export function GuideView({ locale, guide }: { locale: Locale; guide: Guide }) {
  const words = t(locale);
  const title = localize(guide.title, locale);
  const body = localize(guide.body, locale);
  return (
    <article className="wrap wrap--narrow guide">
      <Breadcrumbs
        label={t(locale).breadcrumb}
        items={[
          { name: words.home, path: homePath(locale) },
          { name: words.guides, path: pagePath('guide', locale) },
          { name: title, path: entryPath('guide', locale, guide.slug) },
        ]}
      />
      <header className="listing__header">
        <h1>{title}</h1>
        <p className="listing__intro">{localize(guide.summary, locale)}</p>
        {guide.updatedAt ? (
          <p className="facts-card__note">
            {words.updated}: {formatDate(guide.updatedAt, locale)}
          </p>
        ) : null}
      </header>
      <div className="prose">
        <RichText value={body} />
      </div>
    </article>
  );
}
