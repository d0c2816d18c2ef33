// The Content-Security-Policy the app:// protocol sends with every response. It is the same
// policy as the meta tag in renderer/index.html (a unit test compares them): no eval (WebAssembly compiling only), no
// inline scripts, no remote origins; blob: workers for the Excel pipeline.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the auth worker compile Argon2id (hash-wasm); eval stays off.
  "script-src 'self' 'wasm-unsafe-eval'",
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
