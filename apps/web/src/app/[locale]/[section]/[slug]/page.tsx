import { Entry, type EntryProps, entryMetadata } from './entry';

// Rendered again at least daily: a venue's "open now" line carries its opening instants for the
// coming two weeks only (views/VenueView.tsx), and its week of hours moves on.
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: EntryProps) => entryMetadata(props);

export default function EntryPage(props: EntryProps) {
  return <Entry {...props} />;
}
