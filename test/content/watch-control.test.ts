// @vitest-environment happy-dom
/** The watch piece: a marked control's state changes reach `onChange` until the page's signal aborts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchControl } from '../../src/content/watch-control.ts';

afterEach(() => document.body.replaceChildren());

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watching a control', () => {
  it.each(['aria-checked', 'aria-pressed', 'data-state'])('hears a switch whose %s changes', async (attribute) => {
    const control = document.createElement('button');
    control.setAttribute(attribute, 'true');
    document.body.append(control);
    const onChange = vi.fn();
    watchControl(control, new AbortController().signal, onChange);
    control.setAttribute(attribute, 'false');
    await settle();
    expect(onChange).toHaveBeenCalled();
  });

  it('hears a native checkbox change', () => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    document.body.append(box);
    const onChange = vi.fn();
    watchControl(box, new AbortController().signal, onChange);
    box.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores attributes that say nothing about the state', async () => {
    const control = document.createElement('button');
    document.body.append(control);
    const onChange = vi.fn();
    watchControl(control, new AbortController().signal, onChange);
    control.setAttribute('class', 'hover');
    control.setAttribute('title', 'Toggle');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops when the page’s signal aborts', async () => {
    const control = document.createElement('input');
    control.type = 'checkbox';
    control.setAttribute('aria-checked', 'true');
    document.body.append(control);
    const page = new AbortController();
    const onChange = vi.fn();
    watchControl(control, page.signal, onChange);
    page.abort();
    control.setAttribute('aria-checked', 'false');
    control.dispatchEvent(new Event('change'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
