/**
 * Number fields that V8 stores tagged (issue 11: fewer allocations per row).
 *
 * V8 gives an object field the representation of the first values stored in it: a field that
 * has only ever held numbers becomes a "double" field, and every store then allocates a fresh
 * box for the number, integers included (a Tiering row carried eight such boxes, a radar point
 * five). A field that has held null first is "tagged": integers are stored in place and a
 * number read from another tagged field is shared, not copied. Objects of one literal shape
 * (the same keys in the same order) share their field representations, so creating one object
 * of that shape with null numbers before any real row makes every later row's numbers tagged.
 * The values themselves are untouched: this changes how V8 lays rows out in memory, nothing
 * the analysis computes.
 *
 * Pass the objects, each written as a literal with the exact keys, in the exact order, of the
 * literal it stands for; call at module load, before the first real object is made.
 */
export function tagNumberFields(...shapes: object[]): void {
  void shapes;
}
