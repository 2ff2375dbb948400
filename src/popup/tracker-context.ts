/**
 * How popup components record a step in the tracker (drafting the email,
 * opening the settings or the form, asking the owner) without knowing about
 * storage: the page provides the recorder; the build-time page provides
 * none, and the steps go nowhere.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UserStepKind } from '../core/tracker.ts';

/** A step the popup records for this vendor and workspace. */
export type PopupStep = UserStepKind | 'undone' | 'changes-seen';

export const TrackStepContext = createContext<((kind: PopupStep) => void) | undefined>(undefined);

/** The recorder for this popup's vendor and workspace (a no-op where there is none). */
export function useTrackStep(): (kind: PopupStep) => void {
  return useContext(TrackStepContext) ?? (() => undefined);
}
