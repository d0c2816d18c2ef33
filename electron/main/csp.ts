// The Content-Security-Policy the app:// protocol sends with every response. It is the same
// policy as the meta tag in renderer/index.html (a unit test compares them): no eval, no
// inline scripts, no remote origins; blob: workers for the Excel pipeline.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
