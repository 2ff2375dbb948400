import { describe, expect, it } from 'vitest';
import { messageTranslator } from '../../src/core/i18n.ts';
import { controlMarkText } from '../../src/core/settings-page.ts';
import { translate } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

const text = messageTranslator(translate);

describe('the note beside a settings switch', () => {
  const switches = registry.vendors.flatMap((vendor) =>
    vendor.optOut.methods.flatMap((m) =>
      m.kind === 'settings' && m.label ? [[vendor.id, vendor.name, m.label, m.optOutState, m.path] as const] : [],
    ),
  );

  it.each(switches)(
    '%s, “%s”: says what the switch does in the direction it works',
    (_, name, label, optOutState, path) => {
      const note = controlMarkText({ name }, { label, optOutState, path: [...path] }, 'unknown');
      if (optOutState === 'on') {
        // Where on means out, never "this setting lets the vendor use your data" followed by "turn it on".
        expect(text(note.what)).toBe(
          `On means out: while this setting is on, ${name} does not use your data to train AI.`,
        );
        expect(text(note.how)).toBe('Turn it on to opt out.');
      } else {
        expect(text(note.what)).toBe(`This setting lets ${name} use your data to train AI.`);
        expect(text(note.how)).toBe('Turn it off to opt out.');
      }
    },
  );

  it('covers the switches where on opts out', () => {
    expect(switches.filter((s) => s[3] === 'on').map((s) => s[0])).toEqual(
      expect.arrayContaining(['medium', 'squarespace', 'substack', 'tumblr', 'wordpress-com', 'aws-ai-services']),
    );
  });
});
