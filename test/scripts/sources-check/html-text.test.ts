import { describe, expect, it } from 'vitest';
import { readableText } from '../../../scripts/sources-check/html-text.ts';

describe('readableText', () => {
  it('keeps what a reader sees and drops scripts, styles and other non-text content', () => {
    const { title, text } = readableText(`<!doctype html><html><head><title> AI &amp; your
      data </title><style>p { color: red }</style><script>document.write("not text")</script></head>
      <body><noscript>Enable JavaScript</noscript><template><p>later</p></template>
      <svg><text>chart label</text></svg><math><mi>x</mi></math><iframe src="/ad">frame</iframe>
      <!-- a comment --><p>Visible</p><script type="application/json">{"quote": "hidden"}</script></body></html>`);
    expect(title).toBe('AI & your data');
    expect(text).toBe('Visible');
  });

  it('decodes entities and joins inline elements without adding spaces', () => {
    expect(
      readableText(
        '<p>We don&rsquo;t train&nbsp;on <b>cust</b>omer <a href="#">data</a>&#8212;<em>ever</em>&hellip;</p>',
      ).text,
    ).toBe('We don\u2019t train on customer data\u2014ever\u2026');
  });

  it('separates block elements, list items, cells and line breaks', () => {
    expect(
      readableText(
        '<h2>Opt out</h2><p>Step one</p><ul><li>Settings</li><li>Privacy</li></ul><table><tr><td>a</td><td>b</td></tr></table>x<br>y<div>z</div>',
      ).text,
    ).toBe('Opt out Step one Settings Privacy a b x y z');
  });

  it('reads a minified page that leaves out the optional tags', () => {
    expect(
      readableText(
        '<!doctype html><html lang=en><meta charset=utf-8><title>Help</title><link rel=stylesheet href=a.css><style>b{}</style><div>Opt out here.</div>',
      ),
    ).toEqual({
      title: 'Help',
      text: 'Opt out here.',
    });
  });

  it('reads broken markup as a browser would, without losing the rest of the page', () => {
    expect(readableText('<p>one<p>two <b>three</i> four</div> five <script>never</script> six').text).toBe(
      'one two three four five six',
    );
  });
});
