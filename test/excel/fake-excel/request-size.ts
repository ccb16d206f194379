/**
 * The size of a request as Office.js serialises it, without Office.js. The real client
 * (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`) sends
 * `{"Actions":[…],"ObjectPaths":{…}}`: every object used in the batch is an ObjectPath
 * (`{"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}`) with an Instantiate
 * action; each property write is a SetProperty action, each method a Method action, each load a
 * Query action; the last action using each path lists it in `"L"`. This module rebuilds the same
 * shape from the fake's queue and counts its UTF-8 bytes. Checked against the real serializer in
 * test/excel/office-js/request-size.test.ts (agreement within REQUEST_SIZE_TOLERANCE).
 */
import type { ClientObjectBase, Op } from "./proxy";
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

/** Bytes of `"ArgumentInfo":{…}` for arguments that may include proxies (sent as ids). */
function argumentInfo(args: unknown[], idOf: (o: Obj) => number): number {
  // Office.js drops trailing undefined arguments.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const list = args.slice(0, n);
  const refs = list.some(isProxy);
  const json = JSON.stringify(list.map((a) => (isProxy(a) ? null : a)));
  let bytes = ',"ArgumentInfo":{"Arguments":'.length + utf8Bytes(json) + 1;
  if (refs) bytes += ',"ReferencedObjectPathIds":'.length + JSON.stringify(list.map((a) => (isProxy(a) ? idOf(a) : null))).length;
  return bytes;
}

/** Per request context: ids grow across requests as Office.js's `_nextId` does. */
export class RequestSizer {
  private nextId = 0;
  private ids = new WeakMap<Obj, number>();

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
    const action = (size: number): number => {
      actions++;
      bytes += size;
      return this.nextId;
    };
    const use = (o: Obj, actionId: number): void => {
      for (let p: Obj | undefined = o; p; p = p._wire?.parent) lastUse.set(this.idOf(p), actionId);
    };
    const instantiate = (o: Obj): void => {
      if (instantiated.has(o)) return;
      const w = o._wire;
      if (w) instantiate(w.parent);
      for (const a of w?.args ?? []) if (isProxy(a)) instantiate(a);
      instantiated.add(o);
      const id = this.idOf(o);
      paths++;
      // "id":{"Id":id,"ObjectPathType":t,"Name":"…"[,"ParentObjectPathId":p][,"ArgumentInfo":…]}
      bytes += digits(id) + 3 + '{"Id":,"ObjectPathType":1,"Name":""}'.length + digits(id) + utf8Bytes(pascal(w?.member ?? ""));
      if (w) bytes += ',"ParentObjectPathId":'.length + digits(this.idOf(w.parent));
      if (w?.args) bytes += argumentInfo(w.args, (a) => this.idOf(a));
      const aid = ++this.nextId;
      action('{"Id":,"ActionType":1,"Name":"","ObjectPathId":}'.length + digits(aid) + digits(id));
      lastUse.set(id, aid);
    };
    for (const op of ops) {
      if (op.creates) {
        instantiate(op.creates);
        continue;
      }
      instantiate(op.obj);
      for (const a of op.args) if (isProxy(a)) instantiate(a);
      const aid = ++this.nextId;
      const oid = this.idOf(op.obj);
      if (op.kind === "load") {
        const select = String(op.args[0] ?? "").split(",").filter((s) => s !== "").map((s) => s.replace(/^items\//, ""));
        action('{"Id":,"ActionType":2,"Name":"","ObjectPathId":,"QueryInfo":{"Select":}}'.length + digits(aid) + digits(oid) + utf8Bytes(JSON.stringify(select)));
      } else {
        action('{"Id":,"ActionType":4,"Name":"","ObjectPathId":}'.length + digits(aid) + digits(oid) + utf8Bytes(pascal(op.name)) + argumentInfo(op.args, (a) => this.idOf(a)));
      }
      use(op.obj, aid);
      for (const a of op.args) if (isProxy(a)) use(a, aid);
    }
    // Separators between actions and between paths.
    bytes += Math.max(actions - 1, 0) + Math.max(paths - 1, 0);
    // "L":[ids] on the last action using each path.
    const byAction = new Map<number, number[]>();
    for (const [pid, aid] of lastUse) byAction.set(aid, [...(byAction.get(aid) ?? []), pid]);
    for (const ids of byAction.values()) bytes += ',"L":[]'.length + ids.reduce((n, id) => n + digits(id), 0) + ids.length - 1;
    return bytes;
  }
}
