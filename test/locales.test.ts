/**
 * The four catalogs in public/_locales, against English (the default): no
 * key missing, none extra, the same placeholders used the same way, and no
 * user-visible string written into a component instead of a catalog.
 *
 * A failure names the keys per locale, so whoever merges new English strings
 * knows exactly what to translate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOG_LOCALES, DEFAULT_LOCALE } from '../src/core/messages-table.ts';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, Entry>;

const catalog = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalog;
const english = catalog(DEFAULT_LOCALE);
const others = CATALOG_LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** `$NAME$` references in a message, lower-cased as the browser matches them, sorted. */
const namedIn = (message: string) =>
  [...message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase() ?? '').sort();

describe('the catalogs', () => {
  it('are English, German, French and Spanish', () => {
    expect([...CATALOG_LOCALES].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('have no key missing, per locale', () => {
    const missing = Object.fromEntries(others.map((l) => [l, Object.keys(english).filter((k) => !(k in catalog(l)))]));
    expect(missing, 'translate these English keys into each locale').toEqual(
      Object.fromEntries(others.map((l) => [l, []])),
    );
  });

  it('have no key English lacks, per locale', () => {
    const extra = Object.fromEntries(others.map((l) => [l, Object.keys(catalog(l)).filter((k) => !(k in english))]));
    expect(extra, 'remove these keys, or add them to English first').toEqual(
      Object.fromEntries(others.map((l) => [l, []])),
    );
  });

  it('keep every placeholder: the same names, used in the message, with the same content, per locale', () => {
    const broken: Record<string, string[]> = {};
    for (const locale of others) {
      const translated = catalog(locale);
      broken[locale] = Object.keys(english).filter((key) => {
        const en = english[key];
        const tr = translated[key];
        if (!en || !tr) return false;
        const contents = (e: Entry) =>
          JSON.stringify(
            Object.entries(e.placeholders ?? {})
              .map(([n, p]) => [n, p.content])
              .sort(),
          );
        const positional = (m: string) =>
          [...m.replace(/\$\$/g, '').matchAll(/\$(\d)/g)]
            .map((x) => x[1])
            .sort()
            .join();
        return (
          contents(en) !== contents(tr) ||
          namedIn(en.message).join() !== namedIn(tr.message).join() ||
          positional(en.message) !== positional(tr.message) ||
          namedIn(tr.message).some((n) => !tr.placeholders?.[n])
        );
      });
    }
    expect(broken, 'these keys lose, add or change a placeholder').toEqual(
      Object.fromEntries(others.map((l) => [l, []])),
    );
  });

  it('translate the language tag itself, and leave no message empty', () => {
    for (const locale of CATALOG_LOCALES) {
      const translated = catalog(locale);
      expect(translated.htmlLang?.message, locale).toBe(locale);
      expect(
        Object.keys(translated).filter((k) => !translated[k]?.message.trim()),
        locale,
      ).toEqual([]);
    }
  });

  it('keep the toolbar badges within 4 characters, as the browser shows them', () => {
    for (const locale of CATALOG_LOCALES) {
      for (const key of Object.keys(english).filter((k) => /^badge[A-Z]/.test(k))) {
        expect([...(catalog(locale)[key]?.message ?? '')].length, `${locale} ${key}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('keep the store name and description within the stores’ limits (45 and 132 characters)', () => {
    for (const locale of CATALOG_LOCALES) {
      expect(catalog(locale).extensionName?.message.length, locale).toBeLessThanOrEqual(45);
      expect(catalog(locale).extensionDescription?.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('speak to the user in Spanish as tú, never usted (the emails and letters to vendors stay formal)', () => {
    // Usted itself, and the formal forms the catalog once had: imperatives, "le ha visto", "su plan", "dijo".
    const formal =
      /\b(?:usted(?:es)?|le ha|dijo|Díganoslo|Péguelo|Envíelo|Introduzca|Rellene|Añada|Elija|Seleccione|Pulse|Haga|Abra|Escriba|Copie|Pegue|Envíe|Marque|Pida|Espere|escriba|exporte|añada|usa para ver su)\b|\b(?:[Ss]us? (?:herramientas|plan|cuenta|estado|situación|navegador|perfil))\b/u;
    const spanish = catalog('es');
    const toUser = Object.entries(spanish).filter(([key]) => !key.startsWith('email'));
    expect(
      toUser.filter(([, entry]) => formal.test(entry.message)).map(([key, entry]) => `${key}: ${entry.message}`),
    ).toEqual([]);
    // And the check itself catches the string this test was written for.
    expect(formal.test('Resumen de todas sus herramientas')).toBe(true);
  });
});

/** Files whose text users see: the popup, the welcome, audit and options pages, the settings-page marks. */
const UI_DIRS = ['src/popup', 'src/welcome', 'src/options', 'src/content', 'src/audit'];
const uiFiles = UI_DIRS.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('vendors'))
    .map((f) => join(dir, f)),
);

/** Text that is not language: the brand, separators, punctuation, numbers. */
const NOT_LANGUAGE = /^(NoTrain|[\s\p{P}\p{S}\d]*)$/u;
/** Attributes a user hears or sees. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label', 'value']);

function hardCodedStrings(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const flag = (node: ts.Node, text: string) => {
    if (!NOT_LANGUAGE.test(text.trim()))
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} "${text.trim()}"`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) flag(node, node.text);
    if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      flag(node, node.initializer.text);
    }
    // DOM text set from a literal in the settings-page script: `.textContent = '…'`, `setAttribute('aria-label', '…')`.
    if (
      ts.isBinaryExpression(node) &&
      /\.(textContent|innerText|title)$/.test(node.left.getText()) &&
      ts.isStringLiteral(node.right)
    ) {
      flag(node, node.right.text);
    }
    if (ts.isCallExpression(node) && node.expression.getText().endsWith('setAttribute')) {
      const [name, value] = node.arguments;
      if (name && ts.isStringLiteral(name) && SPOKEN_ATTRIBUTES.has(name.text) && value && ts.isStringLiteral(value))
        flag(node, value.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every source file that can name a catalog key, as one text. */
const codeText = () =>
  ['src', 'build', 'scripts']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => /\.(ts|tsx|html)$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n') + readFileSync('manifest.json', 'utf8');

/**
 * Keys code composes instead of naming: `region${code}` (RegionLine.tsx) and a headline's `${key}Reported`
 * (summarize.ts). Each family's stem must itself be in the code, so a family nobody composes any more is caught.
 */
const COMPOSED = [
  { key: /^region[A-Z]{2,3}$/, stem: '`region${' },
  { key: /^headline\w+Reported$/, stem: '}Reported`' },
];

describe('every key', () => {
  it('is named or composed by some code: no string nobody shows is left to translate', () => {
    const code = codeText();
    const unused = Object.keys(english).filter(
      (key) => !code.includes(key) && !COMPOSED.some((family) => family.key.test(key) && code.includes(family.stem)),
    );
    expect(unused).toEqual([]);
  });
});

describe('components', () => {
  it('read every user-visible string from the catalogs: none written in', () => {
    expect(uiFiles.length).toBeGreaterThan(10);
    expect(uiFiles.flatMap((file) => hardCodedStrings(file))).toEqual([]);
  });

  it('and the check catches one, in text and in a spoken attribute, but not the brand or punctuation', () => {
    const found = hardCodedStrings(
      'x.tsx',
      'export const X = () => <p aria-label="Close" class="a b">Open the setting <b>{n}</b> · 3 <i>NoTrain</i></p>;',
    );
    expect(found.sort()).toEqual(['x.tsx:1 "Close"', 'x.tsx:1 "Open the setting"']);
  });
});
