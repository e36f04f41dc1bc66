import { bucketNameProblem } from "../../runtime/validator/checks.js";
import type { Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `x-obs-format: bucket-name`: the bucket naming rules; the message says which one is broken. */
export const bucketNameKeyword: Keyword<"bucketName"> = {
  kind: "bucketName",
  keys: {},
  extensions: {},
  format: { name: "bucket-name", words: "`bucket-name` (the bucket naming rules)" },
  parse: (reader) => (reader.format === "bucket-name" ? { kind: "bucketName" } : undefined),
  code: (_constraint, { value, use }) => ({
    failsWhen: `${use(checks("bucketNameProblem"))}(${value}) !== undefined`,
    message: `${use(checks("bucketNameProblem"))}(${value}) ?? ""`,
  }),
  words: () =>
    "A bucket name: 3 to 63 lowercase letters, digits, hyphens and periods; starts with a letter or digit; not an IP address.",
  satisfies: (_constraint, value) => bucketNameProblem(value) === undefined,
  compare: () => undefined,
  describe: () => "bucketName",
};
