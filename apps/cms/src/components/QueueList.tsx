import { Children, type ReactNode } from 'react';

/** One titled list of the editors' queue (its lines are `li` elements), or a line saying it is empty. */
export function QueueList({
  id,
  title,
  note,
  empty,
  children,
}: {
  id: string;
  title: string;
  /** Said above the lines, when there are any. */
  note?: string;
  empty: string;
  children: ReactNode;
}) {
  const hasLines = Children.count(children) > 0;
  return (
    <div className="editors-queue__list" data-queue={id}>
      <h3>{title}</h3>
      {hasLines && note ? <p className="editors-queue__note">{note}</p> : null}
      {hasLines ? <ul>{children}</ul> : <p>{empty}</p>}
    </div>
  );
}
