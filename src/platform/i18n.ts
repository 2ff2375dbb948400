import { messageTranslator, type Translate } from '../core/i18n.ts';
import browser from './browser.ts';

export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

export const translateMessage = messageTranslator(translate);

export const uiLanguage = (): string => browser.i18n.getUILanguage();
