/** Requirement-set versions ("1.8" ≥ "1.10" is false). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number),
    b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0,
      y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
