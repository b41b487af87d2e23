/** Reading xl/sharedStrings.xml into an array of plain strings (rich text runs concatenated). */
import { eq, localStart, nameEnd, nextLt, richText, tagEndAt } from './bytes';

/** Parses the shared string table; rich runs are concatenated and phonetic runs ignored. */
export function readSharedStrings(buf: Uint8Array | undefined): string[] {
  const out: string[] = [];
  if (!buf) return out;
  let i = 0;
  for (;;) {
    const lt = nextLt(buf, i);
    if (lt < 0) return out;
    const ns = buf[lt + 1] === 47 ? lt + 2 : lt + 1;
    const ne = nameEnd(buf, ns);
    const end = tagEndAt(buf, ne);
    if (end < 0) return out;
    if (ns === lt + 1 && eq(buf, localStart(buf, ns, ne), ne, 'si')) {
      if (buf[end - 2] === 47) {
        out.push('');
        i = end;
      } else {
        const r = richText(buf, end, 'si');
        out.push(r.text);
        i = r.end;
      }
    } else {
      i = end;
    }
  }
}
