/**
 * Markdown that tries to run script, leave the site or impersonate the page, for the renderer's tests and for the
 * e2e suite, which renders the `worst` of them in a browser and watches for a dialog. Ids in the network links are
 * `XSS_EXPERT_ID`; tests resolve it to `XSS_HOSTILE_LABEL`, a label that is itself markup.
 */
export interface XssVector {
  name: string;
  markdown: string;
  /** Among the few the e2e suite renders in a real browser. */
  worst?: boolean;
}

export const XSS_EXPERT_ID = '5b0c2a8e-0000-4000-8000-00000000a001';
export const XSS_POST_ID = '5b0c2a8e-0000-4000-8000-00000000b001';
export const XSS_HOSTILE_LABEL = '<img src=x onerror=alert(1)>"><script>alert(1)</script>';

const JS_DECIMAL = Array.from('javascript:alert(1)')
  .map((char) => `&#${String(char.codePointAt(0)).padStart(7, '0')}`)
  .join('');

export const XSS_CORPUS: XssVector[] = [
  { name: 'script tag', markdown: '<script>alert(1)</script>', worst: true },
  { name: 'script tag, mixed case, remote', markdown: '<ScRiPt SRC=//evil.example/x.js></sCrIpT>' },
  { name: 'script inside a paragraph', markdown: 'Hello <script>alert(1)</script> world' },
  { name: 'img onerror', markdown: '<img src=x onerror=alert(1)>', worst: true },
  { name: 'svg onload', markdown: '<svg onload=alert(1)>', worst: true },
  { name: 'svg with script', markdown: '<svg><script>alert(1)</script></svg>' },
  { name: 'svg link with xlink:href', markdown: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>' },
  { name: 'iframe javascript', markdown: '<iframe src="javascript:alert(1)"></iframe>', worst: true },
  { name: 'iframe srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object data', markdown: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed src', markdown: '<embed src="javascript:alert(1)">' },
  { name: 'html anchor javascript', markdown: '<a href="javascript:alert(1)">click</a>' },
  { name: 'html anchor with leading space', markdown: '<a href=" javascript:alert(1)">click</a>' },
  { name: 'html anchor, decimal entities', markdown: `<a href="${JS_DECIMAL}">click</a>` },
  { name: 'markdown link javascript', markdown: '[click](javascript:alert(1))', worst: true },
  { name: 'markdown link, mixed case scheme', markdown: '[click](JaVaScRiPt:alert(1))' },
  { name: 'markdown link vbscript', markdown: '[click](vbscript:msgbox(1))' },
  { name: 'markdown link data html', markdown: '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'markdown link, decimal entity', markdown: '[click](&#106;avascript:alert(1))', worst: true },
  { name: 'markdown link, hex entities', markdown: '[click](&#x6A;&#x61;vascript:alert(1))' },
  { name: 'markdown link, entity tab inside scheme', markdown: '[click](java&#x09;script:alert(1))' },
  { name: 'markdown link, named entity colon', markdown: '[click](javascript&colon;alert(1))' },
  { name: 'markdown link, space inside angle brackets', markdown: '[click](<java script:alert(1)>)' },
  { name: 'markdown link, newline entity', markdown: '[click](java&#10;script:alert(1))' },
  { name: 'markdown link, percent-encoded scheme', markdown: '[click](%6Aavascript:alert(1))' },
  { name: 'markdown link, control character first', markdown: '[click](<\u0001javascript:alert(1)>)' },
  { name: 'markdown link title with quotes', markdown: '[click](https://a.example "x\\" onmouseover=\\"alert(1)")' },
  { name: 'markdown link title, single quotes', markdown: '[click](https://a.example \'a" onmouseover=alert(1) x="\')' },
  { name: 'markdown link, quote in address', markdown: '[click](https://a.example/"onclick="alert(1))' },
  { name: 'reference-style link', markdown: '[click][r]\n\n[r]: javascript:alert(1)' },
  { name: 'reference-style image, data uri', markdown: '![pic][r]\n\n[r]: data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+' },
  { name: 'image javascript', markdown: '![pic](javascript:alert(1))' },
  { name: 'image data svg', markdown: '![pic](data:image/svg+xml,<svg onload=alert(1)>)', worst: true },
  { name: 'image, quote in address', markdown: '![pic](https://x.example/a.png"onerror="alert(1))' },
  { name: 'linked image', markdown: '[![pic](javascript:alert(1))](javascript:alert(2))' },
  { name: 'autolink javascript', markdown: '<javascript:alert(1)>', worst: true },
  { name: 'autolink vbscript, upper case', markdown: '<VBSCRIPT:msgbox(1)>' },
  { name: 'literal autolink with markup', markdown: 'www.example.com/<script>alert(1)</script>' },
  { name: 'protocol-relative link', markdown: '[click](//evil.example/x)' },
  { name: 'backslash protocol-relative link', markdown: '[click](/\\evil.example/x)' },
  { name: 'file link', markdown: '[click](file:///etc/passwd)' },
  { name: 'html comment hiding script', markdown: '<!-- --><script>alert(1)</script><!-- -->' },
  { name: 'html comment breaking out', markdown: '<!-- x --!><img src=x onerror=alert(1)> -->' },
  { name: 'form and input', markdown: '<form action="javascript:alert(1)"><input type=submit></form>' },
  { name: 'input autofocus onfocus', markdown: '<input autofocus onfocus=alert(1)>' },
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', worst: true },
  { name: 'base tag', markdown: '<base href="javascript:alert(1)//">' },
  { name: 'style tag', markdown: '<style>body{background:url(javascript:alert(1))}</style>' },
  { name: 'style attribute', markdown: '<p style="background:url(javascript:alert(1))">x</p>' },
  { name: 'details ontoggle', markdown: '<details open ontoggle=alert(1)><summary>x</summary></details>' },
  { name: 'custom element with handler', markdown: '<x-y onpointerenter=alert(1)>hover</x-y>' },
  { name: 'nested markdown in html', markdown: '<div onclick="alert(1)">\n\n*nested* [click](javascript:alert(1))\n\n</div>' },
  { name: 'noscript mutation', markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'math mutation', markdown: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'code fence language injection', markdown: '```"><script>alert(1)</script>\ncode\n```' },
  { name: 'table cell with script', markdown: '| a |\n|---|\n| <script>alert(1)</script> |' },
  { name: 'task list item with input', markdown: '- [x] <input type=checkbox onclick=alert(1)>' },
  { name: 'id and name clobbering', markdown: '<a id="location" name="cookie">x</a><form name="getElementById"></form>' },
  { name: 'heading id clobbering', markdown: '# location\n\n<h1 id="body">x</h1>' },
  { name: 'footnote ids', markdown: 'a[^x]\n\n[^x]: <img src=x onerror=alert(1)>' },
  { name: 'right-to-left override in a link', markdown: '[\u202Egpj.exe](https://evil.example/\u202Egpj.exe)' },
  { name: 'mention of an expert with a hostile label', markdown: `@[anyone](expert:${XSS_EXPERT_ID})`, worst: true },
  { name: 'mention with a hostile bracket text', markdown: '@[<img src=x onerror=alert(1)>](expert:not-an-id)' },
  { name: 'quote whose resolved path is hostile', markdown: `> [quote](post:${XSS_POST_ID})\n> text` },
];
