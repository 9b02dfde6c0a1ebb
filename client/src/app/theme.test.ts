import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast } from '../test/contrast';
import { createAppTheme, cssVariablesResolver } from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme('Close'));
const light = cssVariablesResolver(theme).light;

/** The palette colour a `var(--mantine-color-<name>-<shade>)` names. */
function shade(value: string | undefined): string {
  const match = /^var\(--mantine-color-(\w+)-(\d)\)$/.exec(value ?? '');
  if (!match) throw new Error(`not a palette shade: ${value}`);
  return theme.colors[match[1]!]![Number(match[2])]!;
}

describe('light and subtle buttons', () => {
  // Their text is shade 9 (Mantine's light-color); axe reads a hovered button too.
  it.each(['blue', 'red'])('%s text passes AA on its background, at rest and under the pointer', (color) => {
    const text = theme.colors[color]![9]!;
    expect(contrast(text, shade(light[`--mantine-color-${color}-light`]))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(text, shade(light[`--mantine-color-${color}-light-hover`]))).toBeGreaterThanOrEqual(4.5);
  });

  it('still changes under the pointer', () => {
    expect(light['--mantine-color-blue-light-hover']).not.toBe(light['--mantine-color-blue-light']);
  });
});
