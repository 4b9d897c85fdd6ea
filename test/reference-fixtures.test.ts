/** The project's copy of the reference values must be the team's shared reference, byte for byte. */
import * as fs from "fs";
import * as path from "path";
import { REFERENCE_DIR, SHARED_REFERENCE_DIR } from "./support/reference";

const FILES = ["erlang-cases.json", "worked-examples.json", "README.md", "erlang_reference.py"];
const shared = fs.existsSync(SHARED_REFERENCE_DIR);

test("the reference fixtures are all present", () => {
  for (const file of FILES) expect(fs.existsSync(path.join(REFERENCE_DIR, file))).toBe(true);
});

(shared ? test.each(FILES) : test.skip.each(FILES))("%s is identical to ../shared/reference", (file) => {
  const copy = fs.readFileSync(path.join(REFERENCE_DIR, file));
  const original = fs.readFileSync(path.join(SHARED_REFERENCE_DIR, file));
  expect(copy.equals(original)).toBe(true);
});
