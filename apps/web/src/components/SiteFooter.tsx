import { homePath, type Locale } from '@paseo/domain';
import { t } from '@/lib/i18n';
import { SectionLinks } from './SectionLinks';

export function SiteFooter({ locale }: { locale: Locale }) {
  const words = t(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__brand">
          <a href={homePath(locale)}>{words.siteName}</a> — {words.tagline}
        </p>
        <ul className="site-footer__links">
          <SectionLinks locale={locale} sections={['venue', 'walk', 'neighborhood', 'guide']} />
        </ul>
        <p className="site-footer__note">{words.footerNote}</p>
      </div>
    </footer>
  );
}
