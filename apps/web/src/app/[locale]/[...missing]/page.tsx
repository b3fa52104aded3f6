import { localeOrDefault } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { t } from '@/lib/i18n';

// Any address under a language that no route serves (an unknown section, or a section in the other
// language's words, which the proxy sends here): the not-found page in that language.
type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t(localeOrDefault((await params).locale)).notFoundTitle };
}

export default function MissingPage(): never {
  notFound();
}
