import type { Workspace } from '../../core/classify-tab.ts';
import { useLocale } from '../i18n-context.ts';

/**
 * Which workspace the tab is in. The name comes from the page title, so it is
 * isolated with <bdi>: a right-to-left or hostile name cannot reorder the text
 * around it.
 */
export function WorkspaceLine({ workspace }: { workspace: Workspace }) {
  const { t } = useLocale();
  const address = workspace.url
    ? new URL(workspace.url).host
    : workspace.id
      ? t('workspaceTeamId', [workspace.id])
      : '';
  return (
    <p class="workspace" data-testid="workspace">
      <span class="label">{t('pageWorkspace')}</span> <bdi>{address}</bdi>
      {workspace.name ? (
        <>
          {' · '}
          <bdi class="workspace-name">{workspace.name}</bdi>
        </>
      ) : null}
    </p>
  );
}
