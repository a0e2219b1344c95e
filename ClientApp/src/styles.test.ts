import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Vitest imports CSS files as empty modules, so the test reads the style sheets from disk. The URL goes through
// a variable because Vitest rewrites `new URL(path, import.meta.url)` to resolve against an http address.
const testFileUrl = import.meta.url;
const styles = readFileSync(new URL('./styles.css', testFileUrl), 'utf8');
const adminStyles = readFileSync(new URL('./features/admin/admin.css', testFileUrl), 'utf8');

/** Parses a style sheet with the browser's CSS parser and returns its top-level style rules. */
function styleRules(css: string): CSSStyleRule[] {
  const element = document.createElement('style');
  element.textContent = css;
  document.head.append(element);
  const rules = Array.from(element.sheet?.cssRules ?? []).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
  element.remove();
  return rules;
}

function declaration(rules: CSSStyleRule[], selector: string, property: string): string {
  const rule = rules.find((candidate) => candidate.selectorText === selector);
  expect(rule, `no rule for ${selector}`).toBeDefined();
  return rule!.style.getPropertyValue(property).trim();
}

/** Reads a "#rrggbb" or "rgb(r, g, b)" colour, the two forms the CSS parser returns, as channels from 0 to 255. */
function channelsOf(color: string): number[] {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (rgb) {
    return rgb.slice(1).map(Number);
  }
  expect(color).toMatch(/^#[0-9a-f]{6}$/i);
  return [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
}

/** Returns the WCAG 2 relative luminance of a colour. */
function luminance(color: string): number {
  const channels = channelsOf(color).map((value) => value / 255);
  const [red, green, blue] = channels.map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

describe('focus ring', () => {
  const rules = styleRules(styles);
  const adminRules = styleRules(adminStyles);
  const focusColor = declaration(rules, ':root', '--color-focus');
  const headerFocusColor = declaration(adminRules, '.admin-header', '--color-focus');

  it('draws the outline in the focus colour', () => {
    expect(declaration(rules, ':focus-visible', 'outline')).toContain('var(--color-focus)');
  });

  it.each([
    ['white', '#ffffff'],
    ['the page background', declaration(rules, ':root', '--color-background')],
    ['the test clock banner', declaration(adminRules, '.test-clock-banner', 'background')],
  ])('has 3:1 contrast against %s', (_name, background) => {
    expect(contrastRatio(focusColor, background)).toBeGreaterThanOrEqual(3);
  });

  it('has 3:1 contrast against the admin header', () => {
    expect(declaration(adminRules, '.admin-header', 'background')).toBe('var(--color-primary)');
    const headerBackground = declaration(rules, ':root', '--color-primary');

    expect(contrastRatio(headerFocusColor, headerBackground)).toBeGreaterThanOrEqual(3);
  });
});
