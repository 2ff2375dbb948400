import type { Note } from '../../core/summarize.ts';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

export interface NotesProps {
  heading: string;
  notes: readonly Note[];
  formatHeading?: (heading: string) => string;
}

/** Plan and region differences, and dated policy changes: shown, never folded away. */
export function Notes({ heading, notes, formatHeading = (h) => h }: NotesProps) {
  if (notes.length === 0) return null;
  return (
    <section class="notes">
      <h2>{heading}</h2>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>
            <strong>{formatHeading(note.heading)}:</strong> {note.text}
            <Refs refs={note.refs} /> <Status status={note.status} />
            <Scope regions={note.regions} />
          </li>
        ))}
      </ul>
    </section>
  );
}
