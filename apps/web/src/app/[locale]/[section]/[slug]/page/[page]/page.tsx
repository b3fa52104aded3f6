import { Entry, type EntryProps, entryMetadata } from '../../entry';

// A later page of an English list of places, /en/categories/museum/page/2; under /es/ this word is a 404.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: EntryProps) => entryMetadata(props, 'page');

export default function LaterEntryListPage(props: EntryProps) {
  return <Entry {...props} pageWord="page" />;
}
