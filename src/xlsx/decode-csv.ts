/** Turning the bytes of a CSV file into text: the one place that knows which encodings Vietnamese CSV files use. */

/**
 * Decodes CSV bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and otherwise Windows-1258 (Vietnamese ANSI,
 * what Excel writes for "CSV" on a Vietnamese Windows) when the bytes are not valid UTF-8. The BOM is dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}
