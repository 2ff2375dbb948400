import { useState } from 'preact/hooks';
import type { Workspace } from '../../core/classify-tab.ts';
import { useLocale } from '../i18n-context.ts';

/**
 * The workspace a draft names: the tab's, or the address the user typed in
 * the field below when the tab shows none (kept for this popup only; for a
 * team ID, App also remembers it for that team). `onUrl` is the field's submit.
 */
export function useTypedWorkspace(
  workspace: Workspace | undefined,
  check: ((input: string) => string | undefined) | undefined,
): { workspace: Workspace | undefined; onUrl: (input: string) => boolean } {
  const [typed, setTyped] = useState<string>();
  return {
    workspace: workspace?.url || !typed ? workspace : { scope: 'workspace', ...workspace, url: typed },
    onUrl: (input) => {
      const url = check?.(input);
      if (url) setTyped(url);
      return url !== undefined;
    },
  };
}

/**
 * Where the tab shows only a team ID and NoTrain has not learned the
 * workspace's address: a field to type it, checked as one of the vendor's
 * workspace hosts and remembered for that team.
 */
export function WorkspaceUrlField({
  vendorName,
  parent,
  onSubmit,
}: {
  vendorName: string;
  parent: string;
  onSubmit: (input: string) => boolean;
}) {
  const { t } = useLocale();
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      class="workspace-url"
      onSubmit={(event) => {
        event.preventDefault();
        const input = (event.currentTarget.elements.namedItem('workspace') as HTMLInputElement | null)?.value ?? '';
        setInvalid(!onSubmit(input));
      }}
    >
      <label for="workspace-url">{t('workspaceUrlLabel')}</label>
      <div class="buttons">
        <input
          id="workspace-url"
          name="workspace"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('workspaceUrlPlaceholder', [parent])}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'workspace-url-error' : undefined}
          data-testid="workspace-url"
        />
        <button type="submit" class="button" data-testid="workspace-url-save">
          {t('workspaceUrlSave')}
        </button>
      </div>
      {invalid ? (
        <p class="notice" id="workspace-url-error" role="alert">
          {t('workspaceUrlInvalid', [vendorName, parent])}
        </p>
      ) : null}
    </form>
  );
}
