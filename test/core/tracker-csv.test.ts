import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTracker, recordStep, type Step } from '../../src/core/tracker.ts';
import { csvCell } from '../../src/core/csv.ts';
import { exportCsv } from '../../src/core/tracker-csv.ts';
import { translate } from '../support/translate.ts';

const names: Record<string, string> = { slack: 'Slack', linkedin: 'LinkedIn' };
const nameOf = (id: string) => names[id] ?? id;
const step = (kind: Step['kind'], day: number) =>
  ({ kind, at: new Date(Date.UTC(2026, 10, day, 9)).toISOString() }) as Step;

/** Reads CSV the way RFC 4180 says (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted || (c !== '"' && c !== ',' && !(c === '\r' && text[i + 1] === '\n'))) cell += c;
    else if (c === '"') quoted = true;
    else {
      row.push(cell);
      cell = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    }
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['  =1', `"'  =1"`],
    ['＝1', `"'＝1"`],
    ['Acme', '"Acme"'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b\r\nc', '"a,b\r\nc"'],
    ['', '""'],
  ])('neutralises and quotes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('for any text: one quoted cell that reads back as the text, never starting with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const cell = csvCell(value);
        const [[back] = []] = parseCsv(`${cell}\r\n`);
        expect(back === value || back === `'${value}`).toBe(true);
        expect(back).not.toMatch(/^[\s\u00a0\u3000]*[=+\-@\t\r\n＝＋－＠]/u);
      }),
    );
  });
});

describe('exportCsv', () => {
  it('has one row per entry with vendor, workspace, status, dates and what is left', () => {
    let t = emptyTracker();
    t = recordStep(t, 'slack', { url: 'https://acme.slack.com/', name: 'Acme' }, step('email-drafted', 1)) ?? t;
    t = recordStep(t, 'slack', { url: 'https://acme.slack.com/' }, step('marked-sent', 3)) ?? t;
    t =
      recordStep(t, 'linkedin', undefined, { ...step('control-seen', 2), label: 'AI', state: 'opted-out' } as Step) ??
      t;
    const rows = parseCsv(exportCsv(t, nameOf, translate, 'en'));
    expect(rows).toEqual([
      [
        'Vendor',
        'Workspace',
        'Workspace URL',
        'Workspace ID',
        'Status',
        'Status since',
        'First step',
        'Last step',
        'What is left',
      ],
      ['LinkedIn', '', '', '', 'Setting changed', '2026-11-02', '2026-11-02', '2026-11-02', 'Nothing: done'],
      [
        'Slack',
        'Acme',
        'https://acme.slack.com/',
        '',
        'Email sent',
        '2026-11-03',
        '2026-11-01',
        '2026-11-03',
        'Wait for the vendor’s reply, then mark it confirmed',
      ],
    ]);
  });

  it('neutralises a hostile workspace name', () => {
    const t = recordStep(
      emptyTracker(),
      'slack',
      { id: 'T0123ABCD', name: '=cmd|" /C calc"!A0' },
      step('email-drafted', 1),
    );
    const csv = exportCsv(t ?? emptyTracker(), nameOf, translate, 'en');
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(parseCsv(csv)[1]?.[1]).toBe(`'=cmd|" /C calc"!A0`);
  });
});
