import { type Choices, readChoices, withChoice } from '../core/choices.ts';
import browser from './browser.ts';

const KEY = 'choices';

/** The user's plan and role answers, the learned team addresses and the email languages chosen (stored data is read as untrusted). */
export async function loadChoices(): Promise<Choices> {
  const stored = await browser.storage.local.get(KEY);
  return readChoices(stored[KEY]);
}

/** Sets one entry, re-reading first so the popup and the worker do not undo each other's writes. */
export async function saveChoice<K extends keyof Choices>(
  map: K,
  key: string,
  value: Choices[K][string],
): Promise<Choices> {
  const current = await loadChoices();
  const next = withChoice(current, map, key, value);
  if (next)
    await browser.storage.local.set({
      [KEY]: {
        plans: { ...next.plans },
        roles: { ...next.roles },
        teamHosts: { ...next.teamHosts },
        emailLanguages: { ...next.emailLanguages },
      },
    });
  return next ?? current;
}
