/**
 * What the popup knows besides the record and the strings, passed down by
 * context (beside the strings' LocaleContext, i18n-context.ts) rather than
 * through every component between App and the one that uses it: whether the
 * tab is known yet, the clipboard, and the user's answers (region, plan,
 * role, workspace address) with the handlers that remember them. Components
 * never touch the browser API: the popup's entry (vendor-main.tsx) hands
 * these to App, which provides them; the build-time page (prerender.tsx)
 * provides its own.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EmailLanguage, Role } from '../core/choices.ts';
import type { Place } from '../core/regions.ts';
import type { UserStepKind } from '../core/tracker.ts';

/** A step the popup records in the tracker for this vendor and workspace. */
export type PopupStep = UserStepKind | 'undone' | 'changes-seen';

export interface PopupState {
  /**
   * False for the page prerendered at build time, before the tab is known:
   * what depends on the tab (page chip, workspace notices, the email's link,
   * the folds' lists) waits for the script.
   */
  readonly tabKnown: boolean;
  /** Writes text to the clipboard; rejects when the browser refuses. */
  readonly copy: (text: string) => Promise<void>;
  /** The user's region (chosen, or hinted by the locale); unknown on the build-time page. */
  readonly place?: Place | undefined;
  /** Remembers a new region; absent where the stored choice cannot be read (the build-time page). */
  readonly onPlace?: ((place: Place) => void) | undefined;
  /** Picks a plan (or, with `undefined`, asks again); absent on the build-time page. */
  readonly onPlan?: ((plan: string | undefined) => void) | undefined;
  /** The user's answer to "are you an owner or admin?" for this workspace. */
  readonly role?: Role | undefined;
  readonly onRole?: ((role: Role | undefined) => void) | undefined;
  /** Checks a typed workspace address (and remembers it for the tab's team ID): its canonical URL, or undefined when it is not one of the vendor's. */
  readonly onWorkspaceHost?: ((input: string) => string | undefined) | undefined;
  /** The parent of the vendor's workspace addresses (`slack.com`), for the field's placeholder. */
  readonly workspaceParent?: string | undefined;
  /** The opt-out email's language for this vendor: the vendor's (the default) or the user's. */
  readonly emailLanguage?: EmailLanguage | undefined;
  /** Remembers it; absent where nothing can be remembered (the build-time page): no choice is offered there. */
  readonly onEmailLanguage?: ((language: EmailLanguage) => void) | undefined;
  /**
   * Records a step in the tracker for this vendor and workspace (a draft
   * made, the settings or form opened, the owner asked, the status line's
   * clicks); absent on the build-time page and for a record opened from the
   * search.
   */
  readonly track?: ((kind: PopupStep) => void) | undefined;
}

export const PopupContext = createContext<PopupState | undefined>(undefined);

export function usePopup(): PopupState {
  const state = useContext(PopupContext);
  if (!state) throw new Error('PopupContext is missing: render inside <PopupContext.Provider>');
  return state;
}
