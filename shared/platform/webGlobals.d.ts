// The few web-platform globals that domain code in shared/ may use. Both hosts have them:
// Chromium (renderer, Electron) and Node >= 20. Declaring only these keeps shared/ from
// reaching for the DOM or for Node built-ins by accident.
declare global {
  interface Crypto {
    randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
    getRandomValues<T extends ArrayBufferView>(array: T): T;
    readonly subtle: SubtleCrypto;
  }
  interface SubtleCrypto {
    digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  }
  const crypto: Crypto;
  class TextEncoder {
    encode(input?: string): Uint8Array;
    encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  }
  const console: {
    log(...a: unknown[]): void;
    warn(...a: unknown[]): void;
    error(...a: unknown[]): void;
  };
  function setTimeout(cb: () => void, ms?: number): unknown;
  function queueMicrotask(cb: () => void): void;
}
export {};
