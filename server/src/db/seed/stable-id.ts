import { createHash } from 'node:crypto';

/** A UUID (v5 layout) derived from a stable key, so seeding twice updates rows instead of duplicating them. */
export function stableId(key: string): string {
  const hex = createHash('sha1').update(`strom:${key}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
