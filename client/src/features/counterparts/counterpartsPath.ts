export interface CounterpartTarget {
  role?: string;
  country?: string;
  municipality?: string;
}

/** `/counterparts?role=&country=&municipality=`, leaving out what is not chosen. */
export function counterpartsPath({ role, country, municipality }: CounterpartTarget): string {
  const params = new URLSearchParams();
  if (role) params.set('role', role);
  if (country) params.set('country', country);
  if (municipality) params.set('municipality', municipality);
  const search = params.toString();
  return search ? `/counterparts?${search}` : '/counterparts';
}
