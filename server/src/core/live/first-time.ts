/**
 * How many ids a subscription remembers having considered. An event may come twice: replayed from a cursor
 * while still in flight live, or published again by the outbox sweep after its process died between
 * publishing and marking it delivered (a minute or more later). A subscription sees far fewer in that time.
 */
const REMEMBERED = 1_000;

/** True the first time an id comes by; the oldest ids are forgotten beyond `remembered`. */
export function firstTimeFilter(remembered = REMEMBERED): (id: string) => boolean {
  const seen = new Set<string>();
  return (id) => {
    if (seen.has(id)) return false;
    seen.add(id);
    if (seen.size > remembered) seen.delete(seen.values().next().value!);
    return true;
  };
}
