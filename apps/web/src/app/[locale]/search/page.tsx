import type { Metadata } from 'next';
import { SearchPage, type SearchProps, searchMetadata } from '@/views/SearchView';

// The search page in both languages: /en/search, and /es/buscar rewritten here.
export const dynamic = 'force-dynamic';

export function generateMetadata(props: SearchProps): Promise<Metadata> {
  return searchMetadata(props);
}

export default function Page(props: SearchProps) {
  return <SearchPage {...props} />;
}
