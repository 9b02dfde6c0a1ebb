import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Headers for the built client and the API. The client is one module script and its chunks, with no inline
 * script, so scripts come from this origin only. Mantine writes its CSS variables into <style> elements and
 * components set style attributes: styles need 'unsafe-inline', which cannot run code. The socket URL is
 * listed beside 'self' because older Safari did not let 'self' cover ws:/wss:.
 */
export function securityHeaderList(publicUrl: string): readonly [string, string][] {
  return recordedHeaders(helmetFor(publicUrl));
}

/**
 * helmet's headers are the same on every response here (no nonce, no directive computed per request), but
 * helmet runs a dozen middlewares per request to set them: they are recorded once and set as a list.
 */
function recordedHeaders(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    // helmet removes X-Powered-By, which http.ts never lets Express set.
    removeHeader: () => undefined,
  };
  let done = false;
  void middleware({} as Request, recorder as unknown as Response, () => {
    done = true;
  });
  if (!done) throw new Error('helmet did not set its headers synchronously');
  return headers;
}

function helmetFor(publicUrl: string): RequestHandler {
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
