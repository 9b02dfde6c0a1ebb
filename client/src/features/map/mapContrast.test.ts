import { DEFAULT_THEME } from '@mantine/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../test/contrast';

// axe cannot decide the contrast of SVG text drawn over SVG shapes (e2e/tests/fixtures.ts leaves it out), so the
// map's text colours are checked here, from its stylesheet and Mantine's palette (WCAG 2.1 relative luminance).
const css = readFileSync(join(import.meta.dirname, 'RegionMap.module.css'), 'utf8');

function rule(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

function colour(declaration: string, property: 'fill' | 'stroke'): string {
  const match = new RegExp(`(?:^|\\s)${property}: var\\(--mantine-color-(\\w+)(?:-(\\d))?\\)`).exec(declaration);
  if (!match) throw new Error(`no ${property} in ${declaration}`);
  const [, name, shade] = match;
  if (name === 'white') return DEFAULT_THEME.white;
  if (name === 'black') return DEFAULT_THEME.black;
  return DEFAULT_THEME.colors[name!]![Number(shade)]!;
}

describe('the map’s text', () => {
  it('cluster counts stand out from the cluster circle (≥ 4.5:1)', () => {
    const count = colour(rule('.count'), 'fill');
    const circle = colour(rule('[data-cluster] .shape'), 'fill');
    expect(rule('[data-cluster] .shape')).toMatch(/fill-opacity: 1;/);
    expect(contrast(count, circle)).toBeGreaterThanOrEqual(4.5);
  });

  it('place labels keep their contrast on any background through a halo of the opposite colour (≥ 4.5:1)', () => {
    const label = rule('.label');
    expect(label).toMatch(/paint-order: stroke;/);
    expect(contrast(colour(label, 'fill'), colour(label, 'stroke'))).toBeGreaterThanOrEqual(4.5);
  });
});
