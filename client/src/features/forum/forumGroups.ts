/** What grouping looks at in a forum. */
export interface GroupableForum {
  id: string;
  level: 'REGIONAL' | 'NATIONAL' | 'LOCAL';
  countryCode?: string | null;
}

export type ForumGroup<F extends GroupableForum> =
  | { key: string; level: 'REGIONAL' | 'LOCAL'; forums: F[] }
  | { key: string; level: 'NATIONAL'; countryCode: string; forums: F[] };

/**
 * The forum list's sections: regional first, then one per country for national forums (in the server's order,
 * which is by country), then local ones. Empty sections are left out, so a visitor sees only what exists for them.
 */
export function groupForums<F extends GroupableForum>(forums: readonly F[]): ForumGroup<F>[] {
  const regional = forums.filter((f) => f.level === 'REGIONAL');
  const local = forums.filter((f) => f.level === 'LOCAL');
  const national = new Map<string, F[]>();
  for (const forum of forums) {
    if (forum.level !== 'NATIONAL') continue;
    const code = forum.countryCode ?? '';
    national.set(code, [...(national.get(code) ?? []), forum]);
  }
  const groups: ForumGroup<F>[] = [];
  if (regional.length > 0) groups.push({ key: 'regional', level: 'REGIONAL', forums: regional });
  for (const [countryCode, list] of national) groups.push({ key: `national-${countryCode}`, level: 'NATIONAL', countryCode, forums: list });
  if (local.length > 0) groups.push({ key: 'local', level: 'LOCAL', forums: local });
  return groups;
}
