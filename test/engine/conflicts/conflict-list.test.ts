import fc from "fast-check";
import { ConflictList, type ChannelConflict } from "../../../src/engine/conflicts";

const pair = (i: number): ChannelConflict => ({
  partnerA: `A${i}`,
  partnerB: `B${i}`,
  score: 1 / (i + 1),
  sharedCapabilities: ["CRM"],
  sharedSegments: [],
  sharedRegions: [],
  sharedRoles: ["Co-sell"],
});

/** A list of n pairs that counts how many it has made. */
function counted(n: number) {
  const made: number[] = [];
  const list = new ConflictList(n, (i) => {
    made.push(i);
    return pair(i);
  });
  return { list, made };
}

describe("ConflictList: an analysis's pairs, each made when read", () => {
  it("reads like the array of its pairs: length, at, slice with any bounds, iteration and JSON", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -40, max: 40 }),
        (n, start, end) => {
          const array = Array.from({ length: n }, (_, i) => pair(i));
          const { list } = counted(n);
          expect(list.length).toBe(n);
          expect(list.slice(start, end)).toEqual(array.slice(start, end));
          expect(list.slice(start)).toEqual(array.slice(start));
          expect(list.slice()).toEqual(array);
          expect(list.at(start)).toEqual(array.at(start));
          expect([...list]).toEqual(array);
          expect(JSON.stringify(list)).toBe(JSON.stringify(array));
          expect(JSON.stringify({ conflicts: list }, null, 2)).toBe(JSON.stringify({ conflicts: array }, null, 2));
        },
      ),
    );
  });

  it("makes no pair until one is read, and only the pairs read", () => {
    const { list, made } = counted(63_687);
    expect(made).toEqual([]);
    expect(list.length).toBe(63_687);
    list.slice(0, 3);
    list.at(-1);
    expect(made).toEqual([0, 1, 2, 63_686]);
  });

  it("compares equal to another list of the same pairs, and unequal to one that differs", () => {
    expect(counted(4).list).toEqual(ConflictList.of([0, 1, 2, 3].map(pair)));
    expect(counted(4).list).not.toEqual(ConflictList.of([0, 1, 2, 4].map(pair)));
    expect(counted(4).list).not.toEqual(counted(5).list);
  });

  it("wraps pairs already made without copying them", () => {
    const pairs = [pair(0), pair(1)];
    const list = ConflictList.of(pairs);
    expect(list.at(1)).toBe(pairs[1]);
    expect(list.slice()).not.toBe(pairs);
  });
});
