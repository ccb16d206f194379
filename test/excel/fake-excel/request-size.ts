/**
 * The size of a request as Office.js serialises it, without Office.js. The real client
 * (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`) sends
 * `{"Actions":[…],"ObjectPaths":{…}}`: every object used in the batch is an ObjectPath
 * (`{"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}`) with an Instantiate
 * action; each property write is a SetProperty action, each method a Method action, each load a
 * Query action; the last action using each path lists it in `"L"`. This module rebuilds the same
 * shape from the fake's queue and counts its UTF-8 bytes. Checked against the real serializer in
 * test/excel/office-js/request-size.test.ts (agreement within REQUEST_SIZE_TOLERANCE).
 *
 * Paths change after a sync: Excel answers each Instantiate action with the object's id, and
 * `ObjectPath.updateUsingObjectData` then renames an object whose parent is a collection as
 * `collection[id]` (ObjectPathType 5, Name "", the id as its only argument, no argument paths).
 * So a chart made by `charts.add(type, range)` costs, in later requests, `charts["{…}"]`, not the
 * Add path plus its source range's path; the same for `worksheets.add`, `series.add`,
 * `getItem(name)`, `getItemAt(i)`. `settle()` applies that once a sync has gone through.
 */
import { type ClientObjectBase, CollectionBase, type Op } from "./proxy";
import { utf8Bytes } from "./wire";

/** How far this count may be from Office.js's own (a fraction of the real size). */
export const REQUEST_SIZE_TOLERANCE = 0.03;

const ENVELOPE = '{"Actions":[],"ObjectPaths":{}}'.length;

type Obj = ClientObjectBase<unknown>;

function isProxy(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && typeof (v as { _resolve?: unknown })._resolve === "function";
}

const pascal = (s: string): string => (s === "" ? s : s[0]!.toUpperCase() + s.slice(1));
const digits = (n: number): number => String(n).length;

/**
 * Bytes of `"ArgumentInfo":{…}`: an object argument is sent as its path id, and listed in
 * `"ReferencedObjectPathIds"` (0 for the other arguments).
 */
function argumentInfo(args: unknown[], idOf: (o: Obj) => number): number {
  // Office.js drops trailing undefined arguments.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const list = args.slice(0, n);
  const refs = list.some(isProxy);
  const json = JSON.stringify(list.map((a) => (isProxy(a) ? idOf(a) : a)));
  let bytes = ',"ArgumentInfo":{"Arguments":'.length + utf8Bytes(json) + 1;
  if (refs)
    bytes += ',"ReferencedObjectPathIds":'.length + JSON.stringify(list.map((a) => (isProxy(a) ? idOf(a) : 0))).length;
  return bytes;
}

/**
 * Office.js writes a 2-D values/formulas/numberFormat array of more than 1,500 cells in slices
 * (`setRangePropertiesInBulk` in excel-web-16.00.debug.js): a `_ValidateArraySize` call, then
 * per slice of round(1500 / columns) rows, `range.getRow(a).getBoundingRect(range.getRow(b))`
 * (three object paths marked "D") and its own SetProperty.
 */
const BULK_PROPERTIES = new Set(["values", "formulas", "formulasLocal", "formulasR1C1", "numberFormat"]);
const BULK_CELLS = 1500;

/** Per request context: ids grow across requests as Office.js's `_nextId` does. */
export class RequestSizer {
  private nextId = 0;
  private ids = new WeakMap<Obj, number>();
  /** Objects instantiated by the last request, with their Instantiate action's id. */
  private instantiatedLast: [Obj, number][] = [];

  private idOf(o: Obj): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = ++this.nextId;
      this.ids.set(o, id);
    }
    return id;
  }

  /** UTF-8 bytes of the request Office.js would send for these operations. */
  bytes(ops: Op[]): number {
    let bytes = ENVELOPE;
    let actions = 0;
    let paths = 0;
    const instantiated = new Set<Obj>();
    const lastUse = new Map<number, number>();
    this.instantiatedLast = [];
    const pathEntry = (
      id: number,
      member: string,
      parentId: number | undefined,
      argsBytes: number,
      detached = false,
    ): number => {
      paths++;
      // "id":{"Id":id,"ObjectPathType":t,"Name":"…"[,"ParentObjectPathId":p][,"ArgumentInfo":…][,"D":true]}
      bytes +=
        digits(id) +
        3 +
        '{"Id":,"ObjectPathType":1,"Name":""}'.length +
        digits(id) +
        utf8Bytes(pascal(member)) +
        argsBytes;
      if (parentId !== undefined) bytes += ',"ParentObjectPathId":'.length + digits(parentId);
      if (detached) bytes += ',"D":true'.length;
      const aid = ++this.nextId;
      actions++;
      bytes += '{"Id":,"ActionType":1,"Name":"","ObjectPathId":}'.length + digits(aid) + digits(id);
      lastUse.set(id, aid);
      return aid;
    };
    const action = (type: number, name: string, oid: number, rest: number): number => {
      const aid = ++this.nextId;
      actions++;
      bytes +=
        '{"Id":,"ActionType":1,"Name":"","ObjectPathId":}'.length +
        digits(aid) +
        String(type).length -
        1 +
        utf8Bytes(pascal(name)) +
        digits(oid) +
        rest;
      return aid;
    };
    // An action uses its path, the path's parents and, recursively, their argument paths
    // (ClientRequestBase._updateLastUsedActionIdOfObjectPathId); an Instantiate action too.
    const use = (o: Obj, actionId: number): void => {
      for (let p: Obj | undefined = o; p; p = p._wire?.parent) {
        lastUse.set(this.idOf(p), actionId);
        for (const a of p._wire?.args ?? []) if (isProxy(a)) use(a, actionId);
      }
    };
    const instantiate = (o: Obj): void => {
      if (instantiated.has(o)) return;
      const w = o._wire;
      if (w) instantiate(w.parent);
      for (const a of w?.args ?? []) if (isProxy(a)) instantiate(a);
      instantiated.add(o);
      const aid = pathEntry(
        this.idOf(o),
        w?.member ?? "",
        w ? this.idOf(w.parent) : undefined,
        w?.args ? argumentInfo(w.args, (a) => this.idOf(a)) : 0,
      );
      use(o, aid);
      this.instantiatedLast.push([o, aid]);
    };
    for (const op of ops) {
      if (op.creates) {
        instantiate(op.creates);
        continue;
      }
      instantiate(op.obj);
      for (const a of op.args) if (isProxy(a)) instantiate(a);
      const oid = this.idOf(op.obj);
      const matrix = op.args[0];
      if (
        op.kind === "set" &&
        BULK_PROPERTIES.has(op.name) &&
        Array.isArray(matrix) &&
        Array.isArray(matrix[0]) &&
        matrix.length * matrix[0].length > BULK_CELLS
      ) {
        const rows = matrix.length;
        const cols = (matrix[0] as unknown[]).length;
        let aid = action(
          3,
          "_ValidateArraySize",
          oid,
          argumentInfo([rows, cols], () => 0),
        );
        const step = Math.max(1, Math.round(BULK_CELLS / cols));
        for (let start = 0; start < rows; start += step) {
          const end = Math.min(rows, start + step) - 1;
          const first = ++this.nextId;
          pathEntry(
            first,
            "getRow",
            oid,
            argumentInfo([start], () => 0),
            true,
          );
          const last = ++this.nextId;
          pathEntry(
            last,
            "getRow",
            oid,
            argumentInfo([end], () => 0),
            true,
          );
          const chunk = ++this.nextId;
          pathEntry(
            chunk,
            "getBoundingRect",
            first,
            argumentInfo([{ _resolve: () => null }], () => last),
            true,
          );
          aid = action(
            4,
            op.name,
            chunk,
            argumentInfo([matrix.slice(start, end + 1)], () => 0),
          );
          for (const id of [first, last, chunk]) lastUse.set(id, aid);
        }
        use(op.obj, aid);
        continue;
      }
      let aid: number;
      if (op.kind === "load") {
        const select = String(op.args[0] ?? "")
          .split(",")
          .filter((x) => x !== "")
          .map((x) => x.replace(/^items\//, ""));
        aid = action(2, "", oid, ',"QueryInfo":{"Select":}'.length + utf8Bytes(JSON.stringify(select)));
      } else {
        aid = action(
          4,
          op.name,
          oid,
          argumentInfo(op.args, (a) => this.idOf(a)),
        );
      }
      use(op.obj, aid);
      for (const a of op.args) if (isProxy(a)) use(a, aid);
    }
    // Separators between actions and between paths.
    bytes += Math.max(actions - 1, 0) + Math.max(paths - 1, 0);
    // "L":[ids] on the last action using each path.
    const byAction = new Map<number, number[]>();
    for (const [pid, aid] of lastUse) byAction.set(aid, [...(byAction.get(aid) ?? []), pid]);
    for (const ids of byAction.values())
      bytes += ',"L":[]'.length + ids.reduce((n, id) => n + digits(id), 0) + ids.length - 1;
    return bytes;
  }

  /**
   * The last request went through: each object it instantiated under a collection is named by
   * its id from now on, as Office.js does with the id Excel returns (the id the harness in
   * test/excel/office-js/real-office.ts answers: the action id in a GUID's shape). Null objects
   * come back without one and keep their path.
   */
  settle(): void {
    for (const [o, aid] of this.instantiatedLast) {
      const w = o._wire;
      if (!w || !(w.parent instanceof CollectionBase)) continue;
      if (o._nullKnown && o._peek() === null) continue;
      o._wire = {
        parent: w.parent,
        member: "",
        args: [`{${String(aid).padStart(8, "0")}-0001-0000-0000-000000000000}`],
        type: 5,
      };
    }
    this.instantiatedLast = [];
  }
}
