/**
 * The Content-Security-Policy of every page the app shows, in Electron (set by the app://
 * protocol handler) and in the browser host (set by scripts/serve-web.mjs). One string, so
 * the two hosts cannot drift apart. Nothing may be fetched from anywhere but the app itself,
 * no inline or evaluated script runs (zod is configured jitless for this), and no plugin,
 * frame or form can reach out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
