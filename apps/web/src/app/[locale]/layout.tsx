import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { isLocale, siteUrl } from '@/lib/urls';
// Not from components/: see error.tsx.
import { NavigationTrail } from './error';

// Every page is rendered on its first visit and then served from cache; the build needs no CMS.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const words = t(isLocale(locale) ? locale : 'es');
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: words.siteName, template: `%s — ${words.siteName}` },
    description: words.tagline,
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: '#faf7f2',
  width: 'device-width',
  initialScale: 1,
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t(locale).skipToContent}
        </a>
        {children}
        <NavigationTrail />
      </body>
    </html>
  );
}
