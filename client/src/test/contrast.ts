/** WCAG 2.1 contrast ratio of two colours given as #rgb or #rrggbb. */
function luminance(colourHex: string): number {
  // '#fff' → '#ffffff'
  const hex =
    colourHex.length === 4
      ? `#${colourHex
          .slice(1)
          .split('')
          .map((c) => c + c)
          .join('')}`
      : colourHex;
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
