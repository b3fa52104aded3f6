import { homePath, type Locale, pagePath } from '@paseo/domain';
import Link from 'next/link';
import { t } from '@/lib/i18n';

export function SiteFooter({ locale }: { locale: Locale }) {
  const words = t(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__brand">
          <Link href={homePath(locale)}>{words.siteName}</Link> — {words.tagline}
        </p>
        <ul className="site-footer__links">
          <li>
            <Link href={pagePath('venue', locale)}>{words.places}</Link>
          </li>
          <li>
            <Link href={pagePath('neighborhood', locale)}>{words.neighborhoods}</Link>
          </li>
          <li>
            <Link href={pagePath('guide', locale)}>{words.guides}</Link>
          </li>
        </ul>
        <p className="site-footer__note">{words.footerNote}</p>
      </div>
    </footer>
  );
}
