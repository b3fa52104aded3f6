import type { Metadata } from 'next';
import { SearchPage, type SearchProps, searchMetadata } from '@/views/SearchView';

export const dynamic = 'force-dynamic';

export function generateMetadata(props: SearchProps): Promise<Metadata> {
  return searchMetadata('en', props);
}

export default function Page(props: SearchProps) {
  return <SearchPage expected="en" {...props} />;
}
