import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import { generateFiles } from "../generator/generate.js";
import { formatFiles } from "../generator/format/format.js";
import { typecheckPackages } from "../generator/verify/typecheck.js";
import { lockedPaths } from "./snapshot-files.js";

/**
 * One small spec per generator capability (test/fixtures/features/): its generated operation
 * files are locked as golden output, and the packages generated from it are installed in a
 * throwaway folder and driven: the server stub answers requests, the client serializes and
 * parses, the validator checks. Nothing here depends on the real spec's operations.
 */
const root = join(import.meta.dirname, "..");
const installs: string[] = [];
afterAll(() => installs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Module = Record<string, (...args: never[]) => unknown>;
interface Packages {
  validator: Module;
  client: Module;
  server: Module;
  /** The generated files, formatted, by path. */
  files: Map<string, string>;
}

/** Generates the fixture's packages (type-checked), locks its operation files, and imports the compiled packages. */
async function generateFixture(name: string): Promise<Packages> {
  const spec = loadSpec(`test/fixtures/features/${name}.yaml`, root);
  const files = await formatFiles(await generateFiles(spec, buildModel(spec), root));
  expect(typecheckPackages(files, root)).toBeUndefined();
  const locked: string[] = [];
  for (const [path, text] of files) {
    if (/^generated\/(validator|client|server)\/src\/(?!runtime\/|xml\/|index|error-codes)/.test(path)) {
      locked.push(path.replace(/^generated\//, ""));
      await expect(text).toMatchFileSnapshot(join("__snapshots__/features", name, `${locked.at(-1)}.snap`));
    }
  }
  // No golden file outlives the file it locked.
  expect(lockedPaths(join(root, "test/__snapshots__/features", name))).toEqual(locked.sort());
  const dir = mkdtempSync(join(tmpdir(), `obs-feature-${name}-`));
  installs.push(dir);
  for (const [path, text] of files) {
    const match = /^generated\/(validator|signing|client|server)\/((?:dist\/.*)|package\.json)$/.exec(path);
    if (!match) continue;
    const target = join(dir, "node_modules/@obs-toolkit", match[1] ?? "", match[2] ?? "");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  // Registry dependencies: links to this project's copies (their own dependencies resolve from there).
  for (const dependency of ["fast-xml-parser", "@aws-crypto", "@aws-sdk", "busboy", "streamsearch"]) {
    mkdirSync(dirname(join(dir, "node_modules", dependency)), { recursive: true });
    symlinkSync(join(root, "node_modules", dependency), join(dir, "node_modules", dependency));
  }
  const load = async (pkg: string) =>
    (await import(pathToFileURL(join(dir, "node_modules/@obs-toolkit", pkg, "dist/index.js")).href)) as Module;
  return { validator: await load("validator"), client: await load("client"), server: await load("server"), files };
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array | AsyncIterable<Uint8Array>;
}
type Handle = (request: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array | AsyncIterable<Uint8Array>;
}) => Promise<Answer>;

/** A server stub of the fixture's package, anonymous requests allowed, the given handlers. */
function serve(packages: Packages, handlers: Record<string, (input: never, context?: never) => unknown>): Handle {
  const server = (packages.server.createObsServer as (options: object) => { handle: Handle })({
    handlers,
    allowAnonymous: true,
    credentials: (accessKeyId: string) => (accessKeyId === "AK" ? { secretAccessKey: "SK" } : undefined),
  });
  return (request) => server.handle({ ...request, headers: { host: "127.0.0.1", ...request.headers } });
}
const codeOf = (answer: Answer) => /<Code>([^<]+)<\/Code>/.exec(String(answer.body))?.[1];
const text = (body: string) => new TextEncoder().encode(body);

describe("feature: an XML request body and a 204", () => {
  it("parses, checks and types the body; answers 204 without Content-Length; the client writes the same document", async () => {
    const packages = await generateFixture("xml-body");
    const seen: unknown[] = [];
    const handle = serve(packages, { putLabels: (input: never) => (seen.push(input), {}) });
    const put = (body: string, query = "&mode=m") =>
      handle({ method: "PUT", url: `/b1/k?labels${query}`, headers: {}, body: text(body) });

    const ok = await put(
      "<Labels xmlns='x'><Owner>me</Owner><Label><Name>red</Name><Weight>3</Weight><Hidden>true</Hidden></Label><Label><Name>blue</Name><Weight>10</Weight></Label></Labels>",
    );
    expect(ok.status).toBe(204);
    expect(ok.headers["content-length"]).toBeUndefined();
    expect(seen[0]).toEqual({
      bucket: "b1",
      key: "k",
      mode: "m",
      owner: "me",
      labels: [
        { name: "red", weight: 3, hidden: true },
        { name: "blue", weight: 10 },
      ],
    });

    expect(codeOf(await put("<Labels><Label><Name>red</Name><Weight>11</Weight></Label></Labels>"))).toBe(
      "InvalidArgument",
    );
    expect(codeOf(await put("<Labels><Label><Name>too long a name</Name><Weight>1</Weight></Label></Labels>"))).toBe(
      "MalformedXML",
    );
    expect(codeOf(await put("<Labels><Owner>me</Owner></Labels>"))).toBe("MalformedXML");
    expect(codeOf(await put("<Labels><Label>"))).toBe("MalformedXML");
    expect(codeOf(await put(""))).toBe("MalformedXML");
    // A rule across a body element and a query parameter.
    expect(
      codeOf(await put("<Labels><Owner>me</Owner><Label><Name>red</Name><Weight>1</Weight></Label></Labels>", "")),
    ).toBe("InvalidArgument");
    expect((await put("<Labels><Label><Name>red</Name><Weight>1</Weight></Label></Labels>", "")).status).toBe(204);
    expect(seen).toHaveLength(2);

    const request = (
      packages.client.serializePutLabelsRequest as (input: object) => { payload: { root: string; content: unknown } }
    )({
      bucket: "b1",
      key: "k",
      labels: [{ name: "red", weight: 3, hidden: false }],
    });
    const rendered = (packages.validator.renderXmlTree as (root: string, ns: undefined, content: unknown) => string)(
      request.payload.root,
      undefined,
      request.payload.content,
    );
    expect(rendered).toContain(
      "<Labels><Label><Name>red</Name><Weight>3</Weight><Hidden>false</Hidden></Label></Labels>",
    );
  });
});

describe("feature: lists, nested structures and typed elements in a response", () => {
  it("writes them (server) and reads them back unchanged (client), in any namespace; a required header is required", async () => {
    const packages = await generateFixture("list-response");
    const output = {
      full: false,
      items: [
        { id: 1, added: new Date("2026-01-02T03:04:05.000Z"), owner: { id: "o1" } },
        { id: 2, added: new Date("2026-02-03T04:05:06.000Z") },
      ],
      tags: ["a", "b & c"],
      version: 7,
    };
    const answer = await serve(packages, { listShelf: () => output })({ method: "GET", url: "/b1?shelf", headers: {} });
    expect(answer.status).toBe(200);
    expect(answer.headers["x-shelf-version"]).toBe("7");
    const body = String(answer.body);
    expect(body).toContain(
      '<Shelf xmlns="http://example.com/shelf"><Full>false</Full><Item><Id>1</Id><Added>2026-01-02T03:04:05.000Z</Added><Owner><ID>o1</ID></Owner></Item><Item>',
    );
    expect(body).toContain("<Tags><Tag>a</Tag><Tag>b &amp; c</Tag></Tags>");

    const deserialize = packages.client.deserializeListShelfResponse as (response: object) => unknown;
    const parsed = deserialize({ status: 200, headers: new Headers(answer.headers), body });
    expect(parsed).toEqual(output);
    // Another namespace prefix, empty lists, and a missing required header.
    expect(
      deserialize({
        status: 200,
        headers: new Headers({ "x-shelf-version": "1" }),
        body: '<s:Shelf xmlns:s="other"><s:Full>true</s:Full></s:Shelf>',
      }),
    ).toEqual({ full: true, items: [], tags: [], version: 1 });
    expect(() => deserialize({ status: 200, headers: new Headers(), body })).toThrow(/x-shelf-version/);
    // Another root name (moto answers <ListPartsResponse>): the children are read all the same, as the AWS SDKs read them.
    expect(
      deserialize({
        status: 200,
        headers: new Headers({ "x-shelf-version": "2" }),
        body: "<ListShelfResponse><Full>true</Full><Tags><Tag>t</Tag></Tags></ListShelfResponse>",
      }),
    ).toEqual({ full: true, items: [], tags: ["t"], version: 2 });
    expect(() =>
      deserialize({
        status: 200,
        headers: new Headers(answer.headers),
        body: body.replace("<Id>1</Id>", "<Id>one</Id>"),
      }),
    ).toThrow(/must be an integer/);
  });
});

describe("feature: valued selectors and routing by specificity", () => {
  it("routes to the operation whose keys the query carries most of, types the members, applies defaults and rules", async () => {
    const packages = await generateFixture("selectors");
    const calls: Array<[string, unknown]> = [];
    const handle = serve(packages, {
      getTicket: (input: never) => (calls.push(["ticket", input]), { echo: "t" }),
      getSeat: (input: never) => (calls.push(["seat", input]), { echo: 5 }),
    });
    const get = (query: string) => handle({ method: "GET", url: `/b1/k?${query}`, headers: {} });

    expect((await get("ticket=T1")).headers["x-ticket"]).toBe("t");
    expect((await get("seat=3&ticket=T1&row=50")).headers["x-seat"]).toBe("5");
    expect(calls).toEqual([
      ["ticket", { bucket: "b1", key: "k", ticket: "T1" }],
      ["seat", { bucket: "b1", key: "k", ticket: "T1", seat: 3, row: 10 }],
    ]);
    // A query with some of GetSeat's keys is a GetSeat missing the others.
    expect(codeOf(await get("seat=3"))).toBe("InvalidArgument");
    expect(codeOf(await get("seat=0&ticket=T"))).toBe("InvalidArgument");
    expect(codeOf(await get("seat=x&ticket=T"))).toBe("InvalidArgument");
    expect(codeOf(await get("seat=1&ticket=T&window=maybe"))).toBe("InvalidArgument");
    expect(codeOf(await get("seat=1&ticket=T&window=true"))).toBe("InvalidArgument");
    expect((await get("seat=1&ticket=T&window=true&row=2")).status).toBe(200);
    expect((await handle({ method: "PUT", url: "/b1/k?ticket=T", headers: {} })).status).toBe(405);
  });
});

describe("feature: shared parameter components", () => {
  it("defines a component or a rule once, calls its check from each operation, and keeps an overridden use in its operation", async () => {
    const packages = await generateFixture("shared-parameters");
    // An operation's part of its module: from its input interface to the end of its validate function.
    const source = (id: string) => {
      const module = packages.files.get("generated/validator/src/operations/operations.ts") ?? "";
      const start = module.indexOf(`interface ${id}Input`);
      const end = module.indexOf("\n}\n", module.indexOf(`function validate${id}Request`));
      return start < 0 || end < 0 ? "" : module.slice(start, end);
    };
    // One definition in src/components/, one call per operation; GetSnack's flavour (its own description) is checked inline.
    const components = [...packages.files]
      .filter(([path]) => path.startsWith("generated/validator/src/components/"))
      .map(([, text]) => text)
      .join("\n");
    expect(components.match(/export function check\w+/g)?.sort()).toEqual([
      "export function checkBucket",
      "export function checkFlavour",
      "export function checkPortion",
      "export function checkSecret",
      "export function checkSecretMd5",
      "export function checkXSecretTogether",
    ]);
    for (const operation of ["GetMeal", "GetSnack"])
      expect(source(operation)).toContain("checkXSecretTogether(fail, secret, secretMd5);");
    expect(source("GetMeal")).toContain("const flavour = checkFlavour(flavourText, fail);");
    expect(source("GetSnack")).not.toContain("checkFlavour(");
    expect(source("GetSnack")).toContain("The snack's flavour, described here for snacks only.");
    expect(source("GetMeal")).toMatch(/^interface GetMealInput\s+extends [^{]*FlavourParameter/);
    // A rule only GetSnack states is in GetSnack's function, not in a component.
    expect(components).not.toContain("A flavoured snack needs a portion.");
    expect(source("GetSnack")).toContain("// A flavoured snack needs a portion.");

    const secret = Buffer.alloc(32, 7).toString("base64");
    const md5 = createHash("md5").update(Buffer.alloc(32, 7)).digest("base64");
    for (const operation of ["validateGetMealRequest", "validateGetSnackRequest"]) {
      const validate = packages.validator[operation] as (request: unknown) => {
        ok: boolean;
        value?: unknown;
        errors?: Array<{ target: string }>;
      };
      const query = { [operation.includes("Meal") ? "meal" : "snack"]: "" };
      expect(validate({ bucket: "b1", query, headers: { "x-secret": secret, "x-secret-md5": md5 } })).toEqual({
        ok: true,
        value: { bucket: "b1", portion: 2, secret, secretMd5: md5 },
      });
      const bad = validate({
        bucket: "b1",
        query: { ...query, portion: "0" },
        headers: { "x-flavour": "salty", "x-secret": secret, "x-secret-md5": Buffer.alloc(16).toString("base64") },
      });
      expect(bad.errors?.map((error) => error.target).sort()).toEqual(["portion", "x-flavour", "x-secret-md5"]);
      const alone = validate({ bucket: "b1", query, headers: { "x-secret": secret } });
      expect(alone.errors?.map((error) => error.target)).toEqual(["x-secret-md5"]);
      const flavoured = validate({ bucket: "b1", query, headers: { "x-flavour": "sweet" } });
      expect(flavoured.errors?.map((error) => error.target) ?? []).toEqual(
        operation.includes("Snack") ? ["x-flavour"] : [],
      );
    }
  });
});

describe("feature: byte streams in and out", () => {
  it("hands the body over as a stream, refuses more than x-obs-max-bytes, and answers a stream", async () => {
    const packages = await generateFixture("stream-body");
    const handle = serve(packages, {
      async putBlob(input: never) {
        let size = 0;
        for await (const chunk of (input as { data: AsyncIterable<Uint8Array> }).data) size += chunk.length;
        return { size };
      },
      getBlob: () => ({ data: text("stored bytes") }),
    });
    async function* pieces(...parts: string[]) {
      for (const part of parts) yield text(part);
    }
    const put = (body: AsyncIterable<Uint8Array>) => handle({ method: "PUT", url: "/b1/k?blob", headers: {}, body });
    const ok = await put(pieces("0123456789", "abcdef"));
    expect([ok.status, ok.headers["x-size"]]).toEqual([200, "16"]);
    const tooLarge = await put(pieces("0123456789", "abcdefg"));
    expect([tooLarge.status, codeOf(tooLarge)]).toEqual([400, "EntityTooLarge"]);

    const got = await handle({ method: "GET", url: "/b1/k?blob", headers: {} });
    expect(new TextDecoder().decode(got.body as Uint8Array)).toBe("stored bytes");
    const deserialize = packages.client.deserializeGetBlobResponse as (response: object) => {
      data: ReadableStream<Uint8Array>;
    };
    const stream = new Response("streamed").body;
    expect(await new Response(deserialize({ status: 200, headers: new Headers(), body: "", stream }).data).text()).toBe(
      "streamed",
    );
  });
});

describe("feature: a server in front of another (forwardingHandlers over the generated client)", () => {
  it("hands each validated request on, a streamed body with its declared length, and answers what the backend answers", async () => {
    const packages = await generateFixture("stream-body");
    const received: Array<{ bytes: string; declared: unknown }> = [];
    const origin = serve(packages, {
      async putBlob(input: never, context?: unknown) {
        const pieces: Uint8Array[] = [];
        for await (const chunk of (input as { data: AsyncIterable<Uint8Array> }).data) pieces.push(chunk);
        received.push({
          bytes: Buffer.concat(pieces).toString(),
          declared: (context as { declaredBody: unknown }).declaredBody,
        });
        return { size: Buffer.concat(pieces).length };
      },
      getBlob: () => {
        throw new (
          packages.validator.ObsError as unknown as new (code: string, message: string, status: number) => Error
        )("NoSuchKey", "No such blob.", 404);
      },
    });
    const forwarding = packages.server.forwardingHandlers as (
      backend: object,
    ) => Record<string, (input: never) => unknown>;
    const gateway = serve(packages, forwarding(clientOf(packages, origin)));
    async function* pieces(...parts: string[]) {
      for (const part of parts) yield text(part);
    }
    const put = await gateway({
      method: "PUT",
      url: "/b1/k?blob",
      headers: { "content-length": "16" },
      body: pieces("0123456789", "abcdef"),
    });
    expect([put.status, put.headers["x-size"]]).toEqual([200, "16"]);
    expect(received).toEqual([{ bytes: "0123456789abcdef", declared: { length: 16, md5: undefined } }]);
    // The backend's rule still holds in front of it: the gateway's own validation refuses first.
    const tooLarge = await gateway({
      method: "PUT",
      url: "/b1/k?blob",
      headers: {},
      body: pieces("0123456789abcdefg"),
    });
    expect([tooLarge.status, codeOf(tooLarge), received.length]).toEqual([400, "EntityTooLarge", 1]);
    const missing = await gateway({ method: "GET", url: "/b1/k?blob", headers: {} });
    expect([missing.status, codeOf(missing)]).toEqual([404, "NoSuchKey"]);
  });
});

describe("feature: members named like the generated code's own names", () => {
  it("compiles (type-checked during generation) and validates each member into its own name", async () => {
    const packages = await generateFixture("scoped-names");
    const validate = packages.validator.validateNamesRequest as (request: object) => {
      ok: boolean;
      value?: object;
      errors?: Array<{ code: string; target: string }>;
    };
    const headers = { "x-value": "v", "x-default": "7", "x-fail": "a", "x-headervalue": "h" };
    expect(validate({ bucket: "b1", key: "k", query: { errors: "e" }, headers })).toEqual({
      ok: true,
      value: { bucketName: "b1", source: "k", errors: "e", value: "v", default: 7, fail: "a", headerValue: "h" },
    });
    expect(
      validate({ bucket: "b1", key: "k", headers: { ...headers, "x-fail": "c", "x-default": "x" } }).errors?.map(
        (e) => [e.code, e.target],
      ),
    ).toEqual([
      ["InvalidArgument", "x-default"],
      ["InvalidArgument", "x-fail"],
    ]);
  });
});

/** A generated client whose fetch is the fixture's server stub: what one writes, the other reads. */
function clientOf(
  packages: Packages,
  handle: Handle,
): Record<string, (input: object) => Promise<Record<string, unknown>>> {
  const fetch = async (url: URL, init: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const answer = await handle({
      method: String(init.method),
      url: url.pathname + url.search,
      headers: { ...headers, host: url.host },
      body: init.body as Uint8Array | AsyncIterable<Uint8Array> | undefined,
    });
    const body = answer.body;
    const pieces: Uint8Array[] = [];
    if (typeof body === "string" || body instanceof Uint8Array) pieces.push(Buffer.from(body));
    else for await (const piece of body) pieces.push(piece);
    const bytes = Buffer.concat(pieces);
    const nullBody = answer.status === 204 || answer.status === 304 || init.method === "HEAD";
    return new Response(nullBody ? null : bytes, { status: answer.status, headers: answer.headers });
  };
  const Client = packages.client.ObsClient as unknown as new (
    config: object,
  ) => Record<string, (input: object) => Promise<Record<string, unknown>>>;
  return new Client({
    endpoint: "http://127.0.0.1:1",
    addressing: "path",
    signatureVersion: "v4",
    credentials: { accessKeyId: "AK", secretAccessKey: "SK" },
    fetch,
  });
}

describe("feature: the service root beside a bucket, and sub-resources as part of the route", () => {
  it("routes GET / and GET /bucket apart, a parameter it declares to its operation, and ?acl to no operation", async () => {
    const packages = await generateFixture("service-root");
    const handle = serve(packages, {
      listShelves: () => ({ count: 2 }),
      listBooks: (input: never) => ({ shelf: (input as { bucket: string }).bucket }),
    });
    const get = (url: string) => handle({ method: "GET", url, headers: {} });
    expect((await get("/")).headers["x-shelf-count"]).toBe("2");
    expect((await get("/b1")).headers["x-shelf"]).toBe("b1");
    expect((await get("/b1?versionId=3&x-id=ListBooks")).headers["x-shelf"]).toBe("b1");
    // A presigned URL's parameters are not sub-resources; ?acl is one no operation here serves.
    expect((await get("/b1?X-Amz-Expires=60")).status).toBe(200);
    const acl = await get("/b1?acl");
    expect([acl.status, codeOf(acl)]).toEqual([501, "NotImplemented"]);
    expect(String(acl.body)).toContain("?acl");
    expect(String(acl.body)).not.toContain("x-id");
    expect((await handle({ method: "PUT", url: "/", headers: {} })).status).toBe(405);
    const client = clientOf(packages, handle);
    expect(await client.listShelves!({})).toEqual({ count: 2 });
  });
});

describe("feature: several answers of one operation (206, 304), response prefix headers, HEAD", () => {
  it("answers 206 when the range member is set, 304 with headers and no body, the metadata and enum headers; HEAD keeps its length", async () => {
    const packages = await generateFixture("response-kinds");
    const ObsError = packages.validator.ObsError as unknown as new (
      code: string,
      message: string,
      status: number,
      details?: object,
    ) => Error;
    const handle = serve(packages, {
      getBook: (input: never) => {
        const range = (input as { range?: string }).range;
        if (range === "fresh") throw new ObsError("NotModified", "Not modified.", 304, { headers: { etag: '"e1"' } });
        return {
          body: text(range ? "ook" : "book"),
          eTag: '"e1"',
          state: range ? "ajar" : "open",
          metadata: { colour: "red", "two-words": "a b" },
          ...(range ? { contentRange: "bytes 1-3/4" } : {}),
        };
      },
      headBook: () => ({ contentLength: 1234 }),
    });
    const whole = await handle({ method: "GET", url: "/b1/k", headers: {} });
    expect([whole.status, whole.headers["x-amz-meta-colour"], whole.headers["x-amz-meta-two-words"]]).toEqual([
      200,
      "red",
      "a b",
    ]);
    const part = await handle({ method: "GET", url: "/b1/k", headers: { range: "bytes=1-" } });
    expect([part.status, part.headers["content-range"]]).toEqual([206, "bytes 1-3/4"]);
    const fresh = await handle({ method: "GET", url: "/b1/k", headers: { range: "fresh" } });
    expect([fresh.status, fresh.headers["etag"], fresh.headers["content-length"], fresh.body]).toEqual([
      304,
      '"e1"',
      undefined,
      "",
    ]);
    const head = await handle({ method: "HEAD", url: "/b1/k", headers: {} });
    expect([head.status, head.headers["content-length"]]).toEqual([200, "1234"]);

    const client = clientOf(packages, handle);
    const got = await client.getBook!({ bucket: "b1", key: "k" });
    expect([got.metadata, got.state]).toEqual([{ colour: "red", "two-words": "a b" }, "open"]);
    expect(await new Response(got.body as ReadableStream).text()).toBe("book");
    // A value the enum does not list is no value.
    const ranged = await client.getBook!({ bucket: "b1", key: "k", range: "bytes=1-" });
    expect([ranged.contentRange, ranged.state]).toEqual(["bytes 1-3/4", undefined]);
    const notModified = await client.getBook!({ bucket: "b1", key: "k", range: "fresh" }).catch(
      (error: unknown) => error,
    );
    expect(notModified).toMatchObject({ code: "NotModified", statusCode: 304, headers: { etag: '"e1"' } });
    expect(await client.headBook!({ bucket: "b1", key: "k" })).toEqual({ contentLength: 1234 });
  });
});

describe("feature: a required transport header, and bounded lists, patterns and byte limits in an XML body", () => {
  it("refuses a request without Content-MD5, checks each element, and the client always sends the MD5", async () => {
    const packages = await generateFixture("required-transport");
    const seen: unknown[] = [];
    const handle = serve(packages, { purgeBooks: (input: never) => (seen.push(input), {}) });
    const purge = (books: string[], headers: Record<string, string> = {}) => {
      const body = `<Purge>${books.map((book) => `<Book>${book}</Book>`).join("")}</Purge>`;
      const md5 = createHash("md5").update(body).digest("base64");
      return handle({
        method: "POST",
        url: "/b1?purge",
        headers: { "content-md5": md5, ...headers },
        body: text(body),
      });
    };
    expect((await purge(["a", "b-2"])).status).toBe(204);
    const without = await handle({
      method: "POST",
      url: "/b1?purge",
      headers: {},
      body: text("<Purge><Book>a</Book></Purge>"),
    });
    expect([without.status, codeOf(without)]).toEqual([400, "InvalidRequest"]);
    expect(String(without.body)).toContain("content-md5");
    expect(codeOf(await purge(["a", "b", "c", "d"]))).toBe("MalformedXML");
    expect(codeOf(await purge([]))).toBe("MalformedXML");
    expect(codeOf(await purge(["Upper"]))).toBe("MalformedXML");
    expect(codeOf(await purge(["abcdefghi"]))).toBe("MalformedXML");
    expect(codeOf(await purge(["a"], { "content-md5": "1B2M2Y8AsgTpgAmY7PhCfg==" }))).toBe("BadDigest");
    const client = clientOf(packages, handle);
    await client.purgeBooks!({ bucket: "b1", books: ["x", "y"] });
    expect(seen.at(-1)).toEqual({ bucket: "b1", books: ["x", "y"] });
  });
});

describe("feature: schemas of the same name in two operation files", () => {
  it("scopes each by its file, and each operation reads its own", async () => {
    const packages = await generateFixture("scoped-schemas");
    const types = packages.files.get("generated/validator/src/types.ts") ?? "";
    expect(types).toMatch(/export interface ListPetsEntry \{/);
    expect(types).toMatch(/export interface ListToysEntry \{/);
    const pets = (packages.client.deserializeListPetsResponse as (response: object) => unknown)({
      status: 200,
      headers: new Headers(),
      body: "<Pets><Entry><Name>rex</Name><Legs>4</Legs></Entry></Pets>",
    });
    expect(pets).toEqual({ entries: [{ name: "rex", legs: 4 }] });
  });
});

describe("feature: a document whose root holds text", () => {
  it("writes the member as the root's text (server) and reads it back in any namespace (client)", async () => {
    const packages = await generateFixture("text-root");
    const answer = await serve(packages, { getRegion: () => ({ region: "eu & de" }) })({
      method: "GET",
      url: "/b1?region",
      headers: {},
    });
    expect(String(answer.body)).toContain('<Region xmlns="http://example.com/region">eu &amp; de</Region>');
    const deserialize = packages.client.deserializeGetRegionResponse as (response: object) => unknown;
    expect(deserialize({ status: 200, headers: new Headers(), body: String(answer.body) })).toEqual({
      region: "eu & de",
    });
    expect(deserialize({ status: 200, headers: new Headers(), body: '<r:Region xmlns:r="x"/>' })).toEqual({
      region: "",
    });
    expect(() => deserialize({ status: 200, headers: new Headers(), body: "<Region><Name>x</Name></Region>" })).toThrow(
      /must hold text/,
    );
  });
});

describe("feature: operations grouped by tag", () => {
  it("keeps each tag's operations in one module per package, exported by name, and lists them by tag in the docs", async () => {
    const packages = await generateFixture("groups");
    const modules = [...packages.files.keys()].filter((path) => /\/src\/operations\//.test(path)).sort();
    expect(modules).toEqual(
      ["client", "server", "validator"].flatMap((pkg) =>
        ["books", "shelf-care"].map((module) => `generated/${pkg}/src/operations/${module}.ts`),
      ),
    );
    // Each operation's own enum is tested against a set of its own, in the one module.
    const validate = (id: string, color: string) =>
      (packages.validator[`validate${id}Request`] as (request: object) => { ok: boolean })({
        bucket: "b1",
        headers: { "x-color": color },
      }).ok;
    expect([validate("PutShelf", "red"), validate("PutShelf", "green")]).toEqual([true, false]);
    expect([validate("DeleteShelf", "green"), validate("DeleteShelf", "red")]).toEqual([true, false]);
    const handle = serve(packages, { getBook: (input: never) => ({ title: (input as { key: string }).key }) });
    expect((await handle({ method: "GET", url: "/b1/moby", headers: {} })).headers["x-title"]).toBe("moby");
    const index = packages.files.get("generated/docs/index.md") ?? "";
    expect(index.indexOf("## Shelf care\n\nKeeping shelves.")).toBeGreaterThan(0);
    expect(index.indexOf("## Books")).toBeGreaterThan(index.indexOf("[PUT Shelf](put-shelf.md)"));
  });
});

describe("feature: XML attributes, and an optional request body", () => {
  it("reads an attribute in its namespace by any prefix and a plain one, writes them with the prefix declared, requires a required one, and sends no body without its elements", async () => {
    const packages = await generateFixture("xml-attributes");
    const seen: unknown[] = [];
    const grants = [
      { grantee: { type: "CanonicalUser", id: "u1" }, permission: "READ", note: "a & b" },
      { grantee: { type: "Group", uri: "http://acs/AllUsers" }, permission: "WRITE" },
    ];
    const handle = serve(packages, {
      putGrants: (input: never) => (seen.push(input), {}),
      getGrants: () => ({ grants }),
    });
    const put = (body: string) => handle({ method: "PUT", url: "/b1?grants", headers: {}, body: text(body) });
    const ok = await put(
      '<Grants xmlns="http://example.com/grants" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">' +
        '<Grant note="a &amp; b"><Grantee i:type="CanonicalUser"><ID>u1</ID></Grantee><Permission>READ</Permission></Grant>' +
        '<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs/AllUsers</URI></Grantee><Permission>WRITE</Permission></Grant>' +
        "</Grants>",
    );
    expect(ok.status).toBe(200);
    expect(seen[0]).toEqual({ bucket: "b1", grants });
    expect(
      codeOf(await put("<Grants><Grant><Grantee><ID>u1</ID></Grantee><Permission>READ</Permission></Grant></Grants>")),
    ).toBe("MalformedXML");
    expect(
      codeOf(await put('<Grants><Grant><Grantee type="Robot"/><Permission>READ</Permission></Grant></Grants>')),
    ).toBe("MalformedXML");

    const answer = await handle({ method: "GET", url: "/b1?grants", headers: {} });
    const body = String(answer.body);
    expect(body).toContain(
      '<Grant note="a &amp; b"><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>u1</ID></Grantee>',
    );
    const client = clientOf(packages, handle);
    expect(await client.getGrants!({ bucket: "b1" })).toMatchObject({ grants });
    expect(await client.putGrants!({ bucket: "b1", grants })).toBeDefined();
    expect(seen[1]).toEqual({ bucket: "b1", grants });
    // The body is optional: without its elements the client sends none, and the handler gets none.
    expect(await client.putGrants!({ bucket: "b1" })).toBeDefined();
    expect(seen[2]).toEqual({ bucket: "b1" });
  });
});

describe("feature: a JSON document body", () => {
  it("checks the document against its schema (server and client), hands it over typed, and answers one as JSON", async () => {
    const packages = await generateFixture("json-body");
    const seen: unknown[] = [];
    const rules = {
      Version: "2008-10-17",
      Statement: [
        { Effect: "Allow", Action: "s3:GetObject", Priority: 1 },
        {
          Effect: "Deny",
          Action: ["s3:PutObject", "s3:DeleteObject"],
          Condition: { StringEquals: { "s3:prefix": "a/" } },
          Enabled: true,
        },
      ],
    };
    const handle = serve(packages, { putRules: (input: never) => (seen.push(input), {}), getRules: () => ({ rules }) });
    const put = (body: string) => handle({ method: "PUT", url: "/b1?rules", headers: {}, body: text(body) });
    expect((await put(JSON.stringify(rules))).status).toBe(204);
    expect(seen[0]).toEqual({ bucket: "b1", rules });
    const refused = async (document: unknown) =>
      codeOf(await put(typeof document === "string" ? document : JSON.stringify(document)));
    expect(await refused("{not json")).toBe("MalformedPolicy");
    expect(await refused({})).toBe("MalformedPolicy");
    expect(await refused({ Statement: [] })).toBe("MalformedPolicy");
    expect(await refused({ Statement: [{ Effect: "Maybe", Action: "s3:GetObject" }] })).toBe("MalformedPolicy");
    expect(await refused({ Statement: [{ Effect: "Allow", Action: "ec2:Run" }] })).toBe("MalformedPolicy");
    expect(await refused({ Statement: [{ Effect: "Allow", Action: "s3:GetObject", Extra: 1 }] })).toBe(
      "MalformedPolicy",
    );
    expect(
      await refused({ Statement: [{ Effect: "Allow", Action: "s3:GetObject", Condition: { A: { b: 1 } } }] }),
    ).toBe("MalformedPolicy");
    expect(await refused({ Statement: [{ Effect: "Allow", Action: "s3:GetObject", Priority: -1 }] })).toBe(
      "MalformedPolicy",
    );
    expect(seen).toHaveLength(1);

    const answer = await handle({ method: "GET", url: "/b1?rules", headers: {} });
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(String(answer.body))).toEqual(rules);
    const client = clientOf(packages, handle);
    expect(await client.getRules!({ bucket: "b1" })).toMatchObject({ rules });
    await client.putRules!({ bucket: "b1", rules });
    expect(seen[1]).toEqual({ bucket: "b1", rules });
    await expect(client.putRules!({ bucket: "b1", rules: { Statement: [] } })).rejects.toMatchObject({
      code: "MalformedPolicy",
    });
  });
});

describe("feature: an operation the server does not authenticate", () => {
  it("serves x-obs-anonymous without checking a signature, and still refuses the others' unsigned requests", async () => {
    const packages = await generateFixture("anonymous");
    const server = (packages.server.createObsServer as (options: object) => { handle: Handle })({
      handlers: {
        getProbe: (_input: never, context: { accessKeyId: string | undefined }) => ({
          caller: context.accessKeyId ?? "nobody",
        }),
        getSecret: () => ({}),
        optionsKey: (input: { origin: string; requestMethod: string; requestHeaders?: string }) => ({
          allowOrigin: input.origin,
          allowMethods: `${input.requestMethod}${input.requestHeaders ? ` (${input.requestHeaders})` : ""}`,
        }),
      },
      credentials: (accessKeyId: string) => (accessKeyId === "AK" ? { secretAccessKey: "SK" } : undefined),
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      server.handle({ method: "GET", url, headers: { host: "127.0.0.1", ...headers } });
    const probe = await get("/b1?probe");
    expect([probe.status, probe.headers["x-caller"]]).toEqual([200, "nobody"]);
    // A signature is not checked, even a wrong one (a preflight carries the actual request's).
    const forged = await get("/b1?probe&X-Amz-Signature=00&X-Amz-Credential=AK/x", { authorization: "AWS AK:bogus" });
    expect([forged.status, forged.headers["x-caller"]]).toEqual([200, "nobody"]);
    const secret = await get("/b1?secret");
    expect([secret.status, codeOf(secret)]).toEqual([403, "AccessDenied"]);
    // OPTIONS with the CORS request headers: a preflight, unsigned, its headers members like any others.
    const preflight = (headers: Record<string, string>) =>
      server.handle({ method: "OPTIONS", url: "/b1/k", headers: { host: "127.0.0.1", ...headers } });
    const allowed = await preflight({
      origin: "https://app.example",
      "access-control-request-method": "PUT",
      "access-control-request-headers": "content-type",
    });
    expect([
      allowed.status,
      allowed.headers["access-control-allow-origin"],
      allowed.headers["access-control-allow-methods"],
    ]).toEqual([200, "https://app.example", "PUT (content-type)"]);
    expect(codeOf(await preflight({ origin: "https://app.example", "access-control-request-method": "PATCH" }))).toBe(
      "InvalidArgument",
    );
    expect(codeOf(await preflight({ "access-control-request-method": "GET" }))).toBe("InvalidArgument");
    // The authorize stage runs after authentication and before the handler, with the operation and the caller.
    const seen: unknown[] = [];
    const guarded = (packages.server.createObsServer as (options: object) => { handle: Handle })({
      handlers: { getProbe: () => ({ caller: "reached" }) },
      authorize: (request: { operation: string; bucket: string; accessKeyId: string | undefined }) => {
        seen.push([request.operation, request.bucket, request.accessKeyId]);
        if (request.bucket === "closed")
          throw new (packages.validator.ObsError as unknown as new (c: string, m: string, s: number) => Error)(
            "AccessDenied",
            "No.",
            403,
          );
      },
    });
    const asked = (bucket: string) =>
      guarded.handle({ method: "GET", url: `/${bucket}?probe`, headers: { host: "127.0.0.1" } });
    expect((await asked("open")).headers["x-caller"]).toBe("reached");
    expect(codeOf(await asked("closed"))).toBe("AccessDenied");
    expect(seen).toEqual([
      ["GetProbe", "open", undefined],
      ["GetProbe", "closed", undefined],
    ]);
  });
});

describe("feature: an HTML form body and a status member", () => {
  it("reads fields as members and the file as a stream; the status member picks 204, 201 with its document or 303", async () => {
    const packages = await generateFixture("form-body");
    const seen: Array<Record<string, unknown>> = [];
    const handle = serve(packages, {
      postUpload: async (input: never) => {
        const { file, ...rest } = input as { file: AsyncIterable<Uint8Array>; key: string };
        let bytes = "";
        for await (const chunk of file) bytes += Buffer.from(chunk).toString();
        seen.push({ ...rest, bytes });
        if (rest.key === "redirect") return { status: 303, location: "http://example.com/next" };
        if (rest.key === "record") return { status: 201, record: { key: rest.key, size: bytes.length } };
        return { location: `/b1/${rest.key}` };
      },
    });
    type Form = { contentType: string; stream(): AsyncIterable<Uint8Array> };
    const serialize = packages.client.serializePostUploadRequest as (input: object) => { payload: Form };
    const post = (input: object) => {
      const form = serialize({ bucket: "b1", ...input }).payload;
      return handle({ method: "POST", url: "/b1", headers: { "content-type": form.contentType }, body: form.stream() });
    };

    const stored = await post({
      key: "k1",
      acl: "public-read",
      contentType: "text/plain",
      size: 5,
      metadata: { Color: "red" },
      fields: { "x-ignore-me": "1" },
      file: "hello",
    });
    expect(stored.status).toBe(204);
    expect(stored.headers["location"]).toBe("/b1/k1");
    expect(seen[0]).toEqual({
      bucket: "b1",
      key: "k1",
      acl: "public-read",
      size: 5,
      contentType: "text/plain",
      metadata: { color: "red" },
      fields: {
        key: "k1",
        acl: "public-read",
        size: "5",
        "content-type": "text/plain",
        "x-meta-color": "red",
        "x-ignore-me": "1",
      },
      bytes: "hello",
    });

    const record = await post({ key: "record", file: "abc" });
    expect(record.status).toBe(201);
    expect(String(record.body)).toContain("<Record><Key>record</Key><Size>3</Size></Record>");
    const read = packages.client.deserializePostUploadResponse as (response: object) => Record<string, unknown>;
    const headers = new Headers({ "content-type": "application/xml" });
    expect(read({ status: 201, headers, body: String(record.body) })).toMatchObject({
      status: 201,
      record: { key: "record", size: 3 },
    });
    const redirect = await post({ key: "redirect", file: "x" });
    expect([redirect.status, redirect.headers["location"]]).toEqual([303, "http://example.com/next"]);
    expect(read({ status: 303, headers: new Headers(), body: "" })).toMatchObject({ status: 303 });
    expect(() => read({ status: 202, headers: new Headers(), body: "" })).toThrow(/status 202/);

    // Each field checked as a header would be, with its code; the file bounded; a form that is not one refused.
    expect(codeOf(await post({ key: "too-long-key", file: "x" }))).toBe("InvalidArgument");
    expect(codeOf(await post({ key: "k", acl: "public", contentType: "a", file: "x" }))).toBe("InvalidArgument");
    expect(codeOf(await post({ key: "k", acl: "private", file: "x" }))).toBe("InvalidArgument");
    expect(codeOf(await post({ key: "k", fields: { size: "five" }, file: "x" }))).toBe("InvalidArgument");
    expect(codeOf(await post({ key: "k", metadata: { long: "a value over the limit" }, file: "x" }))).toBe(
      "MetadataTooLarge",
    );
    expect(codeOf(await post({ key: "k", file: "eleven bytes" }))).toBe("EntityTooLarge");
    const noFile = '--B\r\nContent-Disposition: form-data; name="key"\r\n\r\nk\r\n--B--\r\n';
    const bare = (body: string, contentType: string) =>
      handle({ method: "POST", url: "/b1", headers: { "content-type": contentType }, body: text(body) });
    expect(codeOf(await bare(noFile, "multipart/form-data; boundary=B"))).toBe("IncorrectNumberOfFilesInPostRequest");
    expect(codeOf(await bare("key=k", "application/x-www-form-urlencoded"))).toBe("MalformedPOSTRequest");
    expect(codeOf(await bare(noFile, "multipart/form-data"))).toBe("MalformedPOSTRequest");
    expect(seen).toHaveLength(3);
  });
});
