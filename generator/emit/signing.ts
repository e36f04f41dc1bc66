import { constDeclaration } from "../code/declarations.js";
import { SourceFile } from "../code/source-file.js";
import type { ServiceModel } from "../model/types.js";
import { literal } from "./names.js";

/** The signing package's generated sources, by path: the runtime's signing, and the spec's V2 sub-resources. */
export function emitSigning(model: ServiceModel): Map<string, string> {
  const file = new SourceFile("signing", "src/sub-resources.ts");
  file.add(
    constDeclaration({
      name: file.declare("V2_SUBRESOURCES"),
      docs: "The query keys V2 signs in the canonicalized resource (the spec's `x-obs-signing.v2SubResources`): pass them to `signV2`, `presignV2` and `stringToSignV2`.",
      type: "ReadonlySet<string>",
      value: `new Set([${model.signing.v2SubResources.map(literal).join(", ")}])`,
    }),
  );
  return new Map([
    ["src/sub-resources.ts", file.text()],
    ["src/index.ts", `export * from "./runtime/index.js";\nexport { V2_SUBRESOURCES } from "./sub-resources.js";\n`],
  ]);
}
