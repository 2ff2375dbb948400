import type { Note } from '../../core/summarize.ts';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

/** Plan and region differences, and dated policy changes, each with its footnotes and status. */
export function Notes({
  notes,
  formatHeading,
}: {
  notes: readonly Note[];
  /** Headings that are dates, formatted in the popup's language; otherwise headings are the record's words. */
  formatHeading?: ((heading: string) => string) | undefined;
}) {
  const dated = formatHeading !== undefined;
  const heading = formatHeading ?? ((h: string) => h);
  return (
    <ul class="notes">
      {notes.map((note, index) => (
        <li key={index}>
          {/* The record's prose is English; a history heading is a date in the popup's language. */}
          <strong lang={dated ? undefined : 'en'}>{heading(note.heading)}:</strong> <span lang="en">{note.text}</span>
          <Refs refs={note.refs} /> <Status status={note.status} />
          <Scope regions={note.regions} />
        </li>
      ))}
    </ul>
  );
}
