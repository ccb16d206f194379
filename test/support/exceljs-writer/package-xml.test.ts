/**
 * The ExcelJS reference writer's package edits (test/support/exceljs-writer.ts). The streaming
 * writer builds its parts whole and is tested in test/xlsx/charts.test.ts; these keep the
 * reference it is compared with (test/xlsx/stream-write.test.ts) honest.
 */
import { insertDrawing, worksheetParts } from "./package-xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

describe("the ExcelJS reference writer's package edits for charts", () => {
  it("finds a sheet's worksheet part by name, whatever the part is numbered", () => {
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Tiering" sheetId="1" r:id="rId7"/><sheet name="Bob&apos;s" sheetId="2" r:id="rId3"/></sheets></workbook>`;
    const rels = `<Relationships xmlns="${RELS}"><Relationship Id="rId3" Type="t" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="t" Target="/xl/worksheets/sheet2.xml"/></Relationships>`;
    const parts = worksheetParts(workbook, rels);
    expect(parts.get("Tiering")).toBe("xl/worksheets/sheet2.xml");
    expect(parts.get("Bob's")).toBe("xl/worksheets/sheet1.xml");
  });

  it("puts <drawing> after pageSetup and before legacyDrawing, tableParts and the sheet's extLst (CT_Worksheet order)", () => {
    const sheet =
      `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/><conditionalFormatting sqref="A1"><cfRule type="x"><extLst><ext/></extLst></cfRule></conditionalFormatting>` +
      `<pageSetup orientation="portrait"/><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst><ext uri="x"/></extLst></worksheet>`;
    expect(insertDrawing(sheet, "rId9")).toContain(
      `<pageSetup orientation="portrait"/><drawing r:id="rId9"/><legacyDrawing`,
    );
    expect(insertDrawing(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`, "rId1")).toBe(
      `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/><drawing r:id="rId1"/></worksheet>`,
    );
    // Text is kept as it was: XML 1.0 line ends only (U+2028 is a character, not a line end).
    expect(
      insertDrawing(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a\u2028b</t></is></c></row></sheetData></worksheet>`,
        "rId1",
      ),
    ).toContain("<t>a\u2028b</t>");
    // Elements and attributes are matched by namespace, whatever prefix the part chose.
    expect(
      insertDrawing(
        `<x:worksheet xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheetData/><x:tableParts count="0"/></x:worksheet>`,
        "rId2",
      ),
    ).toBe(
      `<x:worksheet xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheetData/><x:drawing rel:id="rId2"/><x:tableParts count="0"/></x:worksheet>`,
    );
  });
});
