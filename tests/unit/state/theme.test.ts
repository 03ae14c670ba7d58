import { describe, expect, it } from 'vitest';
import { isTheme, otherTheme, shownTheme } from '../../../src/lib/state/theme';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { defaultUrlState } from '../../../src/lib/state/url';

describe('the theme shown', () => {
  // The address's wins (an embed matching its article), then the reader's toggle, then the system.
  it.each([
    { address: null, chosen: null, system: 'dark', expected: 'dark' },
    { address: null, chosen: 'light', system: 'dark', expected: 'light' },
    { address: 'dark', chosen: 'light', system: 'light', expected: 'dark' },
    { address: 'light', chosen: null, system: 'dark', expected: 'light' },
  ] as const)('address $address, chosen $chosen, system $system → $expected', ({ address, chosen, system, expected }) => {
    expect(shownTheme(address, chosen, system)).toBe(expected);
  });

  it('knows its two themes and nothing else', () => {
    expect([isTheme('light'), isTheme('dark'), isTheme('Dark'), isTheme(null)]).toEqual([true, true, false, false]);
    expect(otherTheme('light')).toBe('dark');
  });
});

describe('AppState.toggleTheme', () => {
  const defaults = defaultUrlState(2024, 'zh');

  it('switches to the other theme than the one shown and keeps it as the reader\'s choice', () => {
    const app = new AppState([2024], defaults, defaults);
    app.systemTheme = 'dark';
    expect(app.toggleTheme()).toBe('light');
    expect([app.theme, app.chosenTheme]).toEqual(['light', 'light']);
    expect(app.toggleTheme()).toBe('dark');
    expect(app.theme).toBe('dark');
  });

  it("replaces the address's theme, which then leaves the address", () => {
    const app = new AppState([2024], { ...defaults, theme: 'dark' }, defaults);
    expect(app.theme).toBe('dark');
    expect(app.urlState.theme).toBe('dark');
    app.toggleTheme();
    expect(app.theme).toBe('light');
    expect(app.urlState.theme).toBeNull();
  });
});
