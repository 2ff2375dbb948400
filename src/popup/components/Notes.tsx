import type { Note } from '../../core/summarize.ts';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

/** Plan and region differences, and dated policy changes, each with its footnotes and status. */
export function Notes({
  notes,
  formatHeading = (h) => h,
}: {
  notes: readonly Note[];
  formatHeading?: (heading: string) => string;
}) {
  return (
    <ul class="notes">
      {notes.map((note, index) => (
        <li key={index}>
          <strong>{formatHeading(note.heading)}:</strong> {note.text}
          <Refs refs={note.refs} /> <Status status={note.status} />
          <Scope regions={note.regions} />
        </li>
      ))}
    </ul>
  );
}
