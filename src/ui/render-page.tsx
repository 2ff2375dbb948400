/**
 * An extension page of its own (welcome, options): in the language of the
 * catalog the browser answers from (so that screen readers pronounce it
 * right; a browser in Italian reads the English one), titled, and rendered
 * with the translator the components read from context.
 */
import { type ComponentChildren, render } from 'preact';
import type { MessageKey } from '../core/i18n.ts';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { LocaleContext } from '../popup/i18n-context.ts';

export function renderPage(title: MessageKey, bodyClass: string, page: ComponentChildren): void {
  const root = document.getElementById('root');
  if (!root) throw new Error(`the ${bodyClass} page has no #root`);
  document.documentElement.lang = translate('htmlLang');
  document.title = translate(title);
  document.body.classList.add(bodyClass);
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>{page}</LocaleContext.Provider>,
    root,
  );
}
