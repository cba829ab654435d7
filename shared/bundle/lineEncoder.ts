const encoder = new TextEncoder();

/**
 * UTF-8 encoding into one reused buffer: each line's bytes are a view, valid until the next
 * line is encoded (the caller copies them on).
 */
export function lineEncoder(): { encode(text: string): Uint8Array } {
  let scratch = new Uint8Array(64 * 1024);
  return {
    encode(text) {
      // UTF-8 takes at most three bytes per UTF-16 code unit.
      if (text.length * 3 > scratch.length) scratch = new Uint8Array(text.length * 3);
      const { written } = encoder.encodeInto(text, scratch);
      return scratch.subarray(0, written);
    },
  };
}
