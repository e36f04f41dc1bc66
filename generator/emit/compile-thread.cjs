// The compiler's thread (see compile-worker.ts, which starts it): plain CommonJS, so that it runs
// in a worker without a TypeScript loader.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { renameSync } = require("node:fs");
const { join, relative } = require("node:path");
// required, not imported: an ESM import of this CommonJS file first scans its 9 MB for exports.
const ts = require(workerData.typescriptPath);
const parsed = new Map();
let previous;
// Whether the previous job's program passed every check.
let passed = false;
// The hash of a text's tokens: what is left of it without whitespace and comments.
const tokensOf = (text) => {
  const hash = createHash("sha256");
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan())
    hash.update(scanner.getTokenText()).update("\n");
  return hash.digest("hex");
};
// Each file's output alone (isolatedModules, isolatedDeclarations), where the program would write it (compile.ts's emitPath).
const transpile = (files, names, options) => {
  const outputs = [];
  for (const name of new Set(names)) {
    const text = files.get(name);
    const output = join(options.outDir, relative(options.rootDir, name)).replace(/\.ts$/, "");
    outputs.push([output + ".js", ts.transpileModule(text, { fileName: name, compilerOptions: options }).outputText]);
    outputs.push([
      output + ".d.ts",
      ts.transpileDeclaration(text, { fileName: name, compilerOptions: options }).outputText,
    ]);
  }
  return outputs;
};
// What the last program that passed was made of, kept beside the build info (one-off jobs with a
// cache, i.e. new processes): each source's text hash and token hash, under a key of the compiler's
// version and options and the declaration packages' versions. (The token hash is commentFreeKey's.)
const readRecord = (path, key) => {
  try {
    const record = JSON.parse(ts.sys.readFile(path) ?? "null");
    return record && record.key === key ? new Map(Object.entries(record.files)) : undefined;
  } catch {
    return undefined;
  }
};
const writeRecord = (path, key, entries) => {
  const files = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const temporary = path + "." + process.pid + ".tmp";
  ts.sys.writeFile(temporary, JSON.stringify({ key, files }));
  renameSync(temporary, path);
};
// The versions of the declaration packages the program reads (@types/node): another may not pass.
const typesVersions = (options) =>
  (options.types ?? [])
    .map((name) => {
      for (const root of options.typeRoots ?? []) {
        const text = ts.sys.readFile(join(root, name, "package.json"));
        if (text !== undefined) return name + "@" + JSON.parse(text).version;
      }
      return name;
    })
    .join(",");
const textHash = (text) => createHash("sha256").update(text).digest("hex");
// A text's tokens hashed without its comments, when its comments are only comments; null when one
// may be a directive (@ts-ignore, @ts-expect-error, @ts-nocheck), which makes them code.
const commentFreeKey = (text) => (text.includes("@ts-") ? null : tokensOf(text));
// The files that changed since `before` (name → { hash, key(): its text's comment-free key }), and
// whether every change is in comments alone; undefined when a file came or went.
const changesSince = (before, files) => {
  if (before.size !== files.size) return undefined;
  const changed = [];
  let commentsOnly = true;
  for (const [name, text] of files) {
    const entry = before.get(name);
    if (entry === undefined) return undefined;
    if (entry.hash === textHash(text)) continue;
    if (commentsOnly) {
      const key = entry.key();
      commentsOnly = key !== null && key === commentFreeKey(text);
    }
    changed.push(name);
  }
  return { changed, commentsOnly };
};
// Transpiling a file costs about six times what emitting it from a program does: past this many, build the program.
const TRANSPILE_AT_MOST = 64;
parentPort.on("message", ({ id, sources, options: base, buildInfo, needed }) => {
  try {
    const options = buildInfo === undefined ? base : { ...base, incremental: true, tsBuildInfoFile: buildInfo };
    const files = new Map(sources);
    const host = ts.createIncrementalCompilerHost(options);
    // A file's signature (whether the files importing it must be checked again) is the hash of its
    // declarations: hashed without their comments, an edit to a doc comment leaves it as it was.
    // (The builder hashes declarations, and lib files' texts, with this; ours have their own versions.)
    host.createHash = tokensOf;
    // In a new process with a cache: when every change since the last program that passed (its
    // record) is in comments, the sources pass as that program did (comments do not change what
    // TypeScript checks), and the changed files (and those whose output the caller lacks) are
    // transpiled alone: each file's output depends on that file only (isolatedModules,
    // isolatedDeclarations), and is what the program would emit.
    const recordPath =
      buildInfo !== undefined && !workerData.keep ? buildInfo.replace(/\.tsbuildinfo$/, ".sources.json") : undefined;
    const recordKey = [ts.version, typesVersions(base), JSON.stringify(base)].join("\0");
    const record = recordPath && readRecord(recordPath, recordKey);
    const change =
      record &&
      changesSince(new Map([...record].map(([name, [hash, key]]) => [name, { hash, key: () => key }])), files);
    if (change?.commentsOnly) {
      const names = new Set([...change.changed, ...needed.map(([source]) => source)]);
      if (names.size <= TRANSPILE_AT_MOST) {
        const outputs = transpile(files, names, options);
        for (const name of change.changed) record.set(name, [textHash(files.get(name)), record.get(name)[1]]);
        writeRecord(recordPath, recordKey, record);
        return parentPort.postMessage({ id, outputs, transpiled: true });
      }
    }
    // Under --watch, the same against the program kept from the last job, when it passed. The kept
    // program stays as it was, and the next job that checks compares with it, so checks these files
    // too. For an edit to code the outputs go first ("pending"), and the program is built and
    // checked after, as below.
    let early;
    if (previous !== undefined && passed) {
      const before = new Map();
      for (const [name, known] of parsed)
        if (known.text !== undefined)
          before.set(name, {
            hash: known.file.version,
            key: () => (known.key === undefined ? (known.key = commentFreeKey(known.text)) : known.key),
          });
      const change = changesSince(before, files);
      if (change !== undefined) {
        const outputs = transpile(files, [...change.changed, ...needed.map(([source]) => source)], options);
        if (change.commentsOnly) return parentPort.postMessage({ id, outputs, transpiled: true });
        parentPort.postMessage({ id, outputs, transpiled: true, pending: true });
        early = new Map(outputs);
      }
    }
    passed = false;
    const getSourceFile = host.getSourceFile;
    // A generated file whose text is what it was is the same SourceFile object, and so is a file
    // from disk (lib files, @types, which do not change under a run): the program reuses them.
    host.getSourceFile = (name, language, onError, fresh) => {
      const known = parsed.get(name);
      if (!files.has(name)) {
        if (known) return known.file;
        const file = getSourceFile(name, language, onError, fresh);
        if (file) parsed.set(name, { file });
        return file;
      }
      const text = files.get(name);
      if (known && known.text === text) return known.file;
      const file = ts.createSourceFile(name, text, language, true);
      file.version = textHash(text);
      parsed.set(name, { text, file });
      return file;
    };
    const fileExists = host.fileExists;
    host.fileExists = (name) => files.has(name) || fileExists(name);
    // Folders of in-memory files exist too (module resolution asks before it looks for a file).
    const folders = new Set();
    for (const name of files.keys())
      for (let at = name.lastIndexOf("/"); at > 0; at = name.lastIndexOf("/", at - 1)) folders.add(name.slice(0, at));
    const directoryExists = host.directoryExists;
    host.directoryExists = (name) =>
      folders.has(name.endsWith("/") ? name.slice(0, -1) : name) || (directoryExists ? directoryExists(name) : true);
    const readFile = host.readFile;
    host.readFile = (name) => (files.has(name) ? files.get(name) : readFile(name));
    // A one-off job with nothing to keep compiles a plain program: a builder's bookkeeping (a
    // signature per file) costs a fifth more, and only pays when a later job reuses it.
    const roots = [...files.keys()];
    const builder = previous
      ? ts.createEmitAndSemanticDiagnosticsBuilderProgram(roots, options, host, previous)
      : buildInfo !== undefined
        ? ts.createIncrementalProgram({ rootNames: roots, options, host })
        : workerData.keep
          ? ts.createEmitAndSemanticDiagnosticsBuilderProgram(roots, options, host)
          : undefined;
    const program = builder ? builder.getProgram() : ts.createProgram({ rootNames: roots, options, host });
    // Only what this program holds is kept for the next job (files deleted since go).
    for (const name of parsed.keys()) if (!program.getSourceFile(name)) parsed.delete(name);
    const checked = builder ?? program;
    const diagnostics = [
      ...checked.getOptionsDiagnostics(),
      ...checked.getGlobalDiagnostics(),
      ...checked.getSyntacticDiagnostics(),
      ...checked.getSemanticDiagnostics(),
      // isolatedDeclarations' findings (a declaration that needs another file's types) come from here.
      ...checked.getDeclarationDiagnostics(),
    ];
    passed = diagnostics.length === 0;
    if (diagnostics.length > 0) {
      const formatHost = {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => workerData.root,
        getNewLine: () => "\n",
      };
      return parentPort.postMessage({ id, error: ts.formatDiagnostics(diagnostics.slice(0, 20), formatHost) });
    }
    const outputs = [];
    const collect = (name, text) => {
      if (name.endsWith(".tsbuildinfo")) {
        if (buildInfo !== undefined) ts.sys.writeFile(name, text);
      } else outputs.push([name, text]);
    };
    checked.emit(undefined, collect);
    const emitted = new Set(outputs.map(([name]) => name));
    for (const [source, output] of needed)
      if (!emitted.has(output)) program.emit(program.getSourceFile(source), collect);
    if (workerData.keep) previous = builder;
    if (recordPath !== undefined) {
      const entries = new Map();
      for (const [name, text] of files) {
        // Every source went through getSourceFile, which hashed its text.
        const hash = parsed.get(name).file.version;
        const known = record && record.get(name);
        entries.set(name, known && known[0] === hash ? known : [hash, commentFreeKey(text)]);
      }
      writeRecord(recordPath, recordKey, entries);
    }
    if (early === undefined) return parentPort.postMessage({ id, outputs });
    // The outputs sent first must be the program's: a difference would be a generator bug.
    const differs = outputs.find(([name, text]) => early.has(name) && early.get(name) !== text);
    if (differs) {
      passed = false;
      return parentPort.postMessage({
        id,
        error: "the output transpiled alone differs from the program's for " + differs[0],
      });
    }
    parentPort.postMessage({ id, checked: true });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
