import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Headers for the built client and the API. The client is one module script and its chunks, with no inline
 * script, so scripts come from this origin only. Mantine writes its CSS variables into <style> elements and
 * components set style attributes: styles need 'unsafe-inline', which cannot run code. The socket URL is
 * listed beside 'self' because older Safari did not let 'self' cover ws:/wss:.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const origin = new URL(publicUrl);
  const socketOrigin = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The favicon is a data: URL in index.html.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", socketOrigin],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(origin.protocol === 'https:' ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Invitation and password-reset links carry tokens in the URL: no page of ours may pass its URL on.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Only over HTTPS (helmet would send it on plain HTTP too, where browsers ignore it anyway).
    strictTransportSecurity: origin.protocol === 'https:' ? { maxAge: 31_536_000 } : false,
  });
}
