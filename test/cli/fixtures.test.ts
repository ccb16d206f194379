/**
 * The committed workbooks in test/fixtures are exactly what `npm run fixtures` generates, so a
 * change to the shared register (fixture-data.ts) cannot leave a stale fixture behind, and the
 * generator stays deterministic.
 */
import { readdirSync, readFileSync } from "node:fs";
import { buildFixtures, FIXTURES_DIR } from "../../scripts/make-fixtures";

it("commits the fixtures that scripts/make-fixtures.ts generates, byte for byte", async () => {
  const built = await buildFixtures();
  expect(
    readdirSync(FIXTURES_DIR)
      .filter((f) => f.endsWith(".xlsx"))
      .sort(),
  ).toEqual(Object.keys(built).sort());
  for (const [name, bytes] of Object.entries(built)) {
    expect({ name, same: Buffer.from(bytes).equals(readFileSync(`${FIXTURES_DIR}/${name}`)) }).toEqual({
      name,
      same: true,
    });
  }
}, 120_000);
