/**
 * Preact can set `innerHTML` for `dangerouslySetInnerHTML`, a prop NoTrain
 * never uses (ESLint bans it). Store linters flag that assignment in the popup
 * bundle, and a reviewer cannot tell it is dead code. This removes it: the
 * prop throws instead of writing markup. The build fails if Preact's code
 * changes shape, so an upgrade cannot bring the assignment back unnoticed.
 */
import type { Plugin } from 'vite';

const ASSIGNMENT = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;
export const REPLACEMENT = '(()=>{throw new Error("NoTrain: dangerouslySetInnerHTML is not supported")})()';

export function removeInnerHtml(code: string): string {
  return code.replace(ASSIGNMENT, REPLACEMENT);
}

export function noInnerHtmlPlugin(): Plugin {
  return {
    name: 'notrain:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/node_modules\/preact\/dist\/preact\.mjs$/.test(id.split('?')[0] ?? '')) return null;
      const out = removeInnerHtml(code);
      if (out === code)
        this.error('notrain:no-inner-html: Preact no longer assigns innerHTML where expected; review this plugin');
      return { code: out, map: null };
    },
  };
}
