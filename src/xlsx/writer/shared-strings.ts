/** The workbook's shared-string table: each distinct text stored once, cells refer to it by index. */
import type { PartWriter } from "./zip";

/** Strings go to the shared-string table once each. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
    }
    return id;
  }

  get unique(): number {
    return this.list.length;
  }

  /** The xl/sharedStrings.xml part, written in pieces. */
  async writeTo(out: PartWriter, textElement: (text: string) => string): Promise<void> {
    out.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">`,
    );
    for (const text of this.list) {
      out.write(`<si>${textElement(text)}</si>`);
      const wait = out.ready();
      if (wait) await wait;
    }
    out.write("</sst>");
  }
}
