// URLs an imported article, a note or a dropped link may carry. None of them
// may load inside the app; none but plain http(s) may reach the system browser.

/** Schemes that run code, read local files or start other programs, in the disguises filters miss. */
export const NEVER_OPENED: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript://%0Aalert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox("XSS")',
  'VBScript:Execute("x")',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'file://evil.example/share/payload.exe',
  'FILE:///home/user/.ssh/id_ed25519',
  'blob:https://evil.example/0b6c1f0e-1d8b-4c1a-9e8e-3f7e7f7e7f7e',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=invoice&crumb=location:\\\\evil.example\\share',
  'smb://evil.example/share',
  'ftp://evil.example/payload',
  'ws://evil.example/socket',
  'mailto:someone@evil.example',
  'https://www.bank.com@evil.example/',
  'https://user:secret@evil.example/',
  `https://evil.example/${'a'.repeat(5000)}`,
  '',
  'not a url',
];

/** Remote pages: never loaded in the app; offered to the system browser only after the user says yes. */
export const REMOTE: readonly { url: string; host: string }[] = [
  { url: 'https://evil.example/login', host: 'evil.example' },
  { url: 'http://203.0.113.7/payload.html', host: '203.0.113.7' },
  { url: 'https://xn--80ak6aa92e.com/', host: 'xn--80ak6aa92e.com' },
  { url: 'HTTPS://EVIL.EXAMPLE/upper', host: 'evil.example' },
  { url: 'http://127.0.0.1:9222/json', host: '127.0.0.1' },
];
