import type { ModelContext } from "./context.js";
import type { OperationGroup } from "./types.js";

/** Where the operations of a spec without tags go. */
export const DEFAULT_GROUP: OperationGroup = { name: "Operations", description: "", module: "operations" };

/** `Multipart uploads` → `multipart-uploads`: the module that holds a group's operations in each package. */
const moduleName = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join("-")
    .toLowerCase();

/**
 * The groups the root's `tags` declare, in their order, by name. Each package keeps a group's
 * operations in one module of its own (src/operations/<module>.ts), and the docs list them under
 * the group's name: a spec of hundreds of operations is a few modules per package, not hundreds.
 */
export function buildGroups(context: ModelContext, root: Record<string, unknown>): Map<string, OperationGroup> {
  const groups = new Map<string, OperationGroup>();
  const modules = new Map<string, string>();
  const tags = Array.isArray(root.tags) ? (root.tags as unknown[]) : [];
  for (const tag of tags) {
    if (!context.object(tag)) continue;
    const name = context.string(tag, "name", true);
    const module = moduleName(name);
    if (groups.has(name)) context.report(tag, `tag "${name}" is declared twice`, "name");
    else if (module === "") context.report(tag, `tag "${name}" needs a letter or digit to name its module`, "name");
    else if (modules.has(module))
      context.report(tag, `tags "${modules.get(module)}" and "${name}" would share the module ${module}`, "name");
    modules.set(module, name);
    groups.set(name, { name, description: (context.string(tag, "description") ?? "").trim(), module });
  }
  return groups;
}

/**
 * The group an operation's one tag names. A spec that declares no tags has one group, the
 * default; one that declares them puts every operation in one.
 */
export function groupOf(
  context: ModelContext,
  operation: Record<string, unknown>,
  groups: Map<string, OperationGroup>,
): OperationGroup {
  const tags = context.stringList(operation, "tags") ?? [];
  const [tag] = tags;
  if (tag === undefined) {
    if (groups.size > 0) context.report(operation, `the root declares "tags": name this operation's in "tags"`);
    return DEFAULT_GROUP;
  }
  const group = groups.get(tag);
  if (!group) {
    context.report(operation, `tag "${tag}" is not declared in the root's "tags"`, "tags");
    return DEFAULT_GROUP;
  }
  return group;
}
