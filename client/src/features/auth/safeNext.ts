// Where to go after signing in: only a path of this site, never another origin (an open redirect
// would let a phishing link borrow our sign-in page), and never back to the sign-in page itself.
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const origin = window.location.origin;
    // The URL parser also strips tabs and newlines ("/\t/evil.example"): compare what it resolved.
    const url = new URL(next, origin);
    if (url.origin !== origin || url.pathname === '/sign-in') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The sign-in page, asked to come back to `path` afterwards. */
export function signInPath(path: string): string {
  const next = safeNext(path, '');
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}
