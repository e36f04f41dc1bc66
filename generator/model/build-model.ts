import type { OpenAPIV3_1 } from "openapi-types";
import type { LoadedSpec } from "../load/load-spec.js";
import { SpecError } from "../load/spec-error.js";
import { checkSpec } from "../check/check-spec.js";
import { ModelContext } from "./context.js";
import { buildDocDifferences, buildOperation } from "./build-operation.js";
import { ShapeBuilder } from "./build-shape.js";
import { checkRoutes } from "./routes.js";
import { buildGroups, DEFAULT_GROUP, groupOf } from "./groups.js";
import type { ErrorCode, OperationModel, ServiceModel } from "./types.js";

const METHODS = ["get", "put", "post", "delete", "head", "patch", "options"] as const;

/** A semantic version, as npm takes it (semver.org's grammar, build metadata and pre-release included). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * Checks the loaded spec against the vocabulary (check/), then builds the service model; throws
 * a SpecError listing every problem. Modelling starts only from a spec the vocabulary allows.
 */
export function buildModel(spec: LoadedSpec): ServiceModel {
  const vocabulary = checkSpec(spec);
  if (vocabulary.length > 0) throw new SpecError(vocabulary);
  const context = new ModelContext(spec);
  const root = spec.root as unknown as OpenAPIV3_1.Document & Record<string, unknown>;
  const node = spec.root;

  if (root.openapi !== "3.1.0" && !String(root.openapi).startsWith("3.1."))
    context.report(node, `"openapi" must be 3.1.x`, "openapi");
  const info = context.object(root.info) ? (root.info as unknown as Record<string, unknown>) : {};
  const components = context.object(root.components) ? (root.components as unknown as Record<string, unknown>) : {};

  const catalog = new Map<string, ErrorCode>();
  const codes = components["x-obs-error-codes"];
  if (!context.object(codes)) context.report(components, `"x-obs-error-codes" (the error catalog) is required`);
  else {
    // Each entry's form (a status between 300 and 599) is the vocabulary's to check (check/meta-schema.ts).
    for (const [code, entry] of Object.entries(codes as Record<string, { status: number; description?: string }>))
      catalog.set(code, {
        code,
        status: entry.status,
        description: entry.description ?? "",
        source: context.sourceOf(codes, code),
      });
  }

  const signing = context.object(root["x-obs-signing"]) ? root["x-obs-signing"] : {};
  const routing = context.object(root["x-obs-routing"]) ? root["x-obs-routing"] : {};
  // The versions (v2, v4) and a positive skew are the vocabulary's to check.
  const versions = context.stringList(signing, "versions") ?? ["v2", "v4"];
  const skew = signing.maxClockSkewSeconds ?? 900;

  const schemas = context.object(components.schemas) ? components.schemas : {};
  const errorSchema = schemas.Error;
  if (!context.object(errorSchema)) context.report(components, `"schemas.Error" (the S3 error body) is required`);
  const shapes = new ShapeBuilder(context);
  const errorShape = shapes.document(context.object(errorSchema) ? errorSchema : {});

  const groups = buildGroups(context, root);
  const operations: OperationModel[] = [];
  const paths = context.object(root.paths) ? (root.paths as Record<string, unknown>) : {};
  for (const [pathKey, pathItem] of Object.entries(paths)) {
    if (!context.object(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!context.object(operation)) continue;
      const model = buildOperation(
        context,
        pathKey,
        method,
        operation,
        catalog,
        shapes,
        groupOf(context, operation, groups),
      );
      if (model) operations.push(model);
    }
  }
  shapes.finish();
  checkRoutes(context, operations, paths);
  const ids = new Set<string>();
  for (const operation of operations) {
    if (ids.has(operation.id)) context.report(paths, `operationId "${operation.id}" is used twice`);
    ids.add(operation.id);
  }
  const docDifferences = buildDocDifferences(context, components);
  // The packages are published under the spec's version: npm takes semantic versions only.
  const version = info.version;
  if (typeof version !== "string" || !SEMVER.test(version))
    context.report(info, `info.version must be a semantic version (1.2.3), the generated packages' version`, "version");
  if (context.problems.length > 0) throw new SpecError(context.problems);
  return {
    title: String(info.title ?? ""),
    version: String(version),
    description: String(info.description ?? "").trim(),
    signing: {
      versions,
      service: context.string(signing, "service") ?? "s3",
      maxClockSkewSeconds: Number(skew),
      v2SubResources: context.stringList(signing, "v2SubResources") ?? [],
    },
    subResources: [
      ...new Set([
        ...(context.stringList(routing, "subResources") ?? []),
        ...operations.flatMap((operation) => operation.subresources),
      ]),
    ].sort(),
    errorCodes: [...catalog.values()].sort((a, b) => a.code.localeCompare(b.code)),
    errorShape,
    structures: [...shapes.structures.values()].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "")),
    docDifferences,
    groups: groups.size > 0 ? [...groups.values()] : [DEFAULT_GROUP],
    operations: operations.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
