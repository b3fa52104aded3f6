import { Entry, type EntryProps, entryMetadata } from '../../entry';

// A later page of a Spanish list of places, /es/categorias/museo/pagina/2; under /en/ this word is a 404.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: EntryProps) => entryMetadata(props, 'pagina');

export default function LaterEntryListPage(props: EntryProps) {
  return <Entry {...props} pageWord="pagina" />;
}
