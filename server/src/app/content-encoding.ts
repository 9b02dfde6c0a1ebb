/** The compressed variants the client build writes beside an asset (client/scripts/compress-assets.ts), best first. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type AssetEncoding = (typeof ENCODINGS)[number]['name'];

/**
 * The best variant on disk that the request's Accept-Encoding allows (brotli before gzip: smaller for the same
 * file), or null to send the file as it is. Browsers list encodings without a preference order that means
 * anything ("gzip, deflate, br, zstd"), so our order decides; a q of 0 refuses one.
 */
export function chooseEncoding(header: string | undefined, available: ReadonlySet<AssetEncoding>): AssetEncoding | null {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...parameters] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    quality.set(token, q ? Number(q.slice(2)) : 1);
  }
  const otherwise = quality.get('*') ?? 0;
  return ENCODINGS.find(({ name }) => available.has(name) && (quality.get(name) ?? otherwise) > 0)?.name ?? null;
}
