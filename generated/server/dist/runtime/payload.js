// Copied from runtime/server/payload.ts by `npm run generate`: edit that file, not this one.
import { createHash } from "node:crypto";
import { Crc32 } from "@aws-crypto/crc32";
import { Crc32c } from "@aws-crypto/crc32c";
import { Crc64Nvme } from "@aws-sdk/crc64-nvme";
import { ObsError } from "@obs-toolkit/validator";
import { chunkSignatureV4, signaturesEqual, STREAMING_SIGNED_PAYLOAD, STREAMING_SIGNED_PAYLOAD_TRAILER, STREAMING_UNSIGNED_PAYLOAD_TRAILER, EMPTY_PAYLOAD_SHA256, trailerSignatureV4 } from "@obs-toolkit/signing";
const hashDigest = (algorithm, encoding) => {
	const hash = createHash(algorithm);
	return {
		update: (data) => hash.update(data),
		result: () => hash.digest(encoding)
	};
};
const crcDigest = (crc) => ({
	update: (data) => crc.update(data),
	result: () => {
		const bytes = Buffer.alloc(4);
		bytes.writeUInt32BE(crc.digest() >>> 0);
		return bytes.toString("base64");
	}
});
const crc64Digest = () => {
	const crc = new Crc64Nvme();
	return {
		update: (data) => crc.update(data),
		result: async () => Buffer.from(await crc.digest()).toString("base64")
	};
};
/** The flexible checksums S3 clients send (`x-amz-checksum-*`, as a header or in the trailer). */
const CHECKSUMS = {
	"x-amz-checksum-crc32": () => crcDigest(new Crc32()),
	"x-amz-checksum-crc32c": () => crcDigest(new Crc32c()),
	"x-amz-checksum-crc64nvme": crc64Digest,
	"x-amz-checksum-sha1": () => hashDigest("sha1", "base64"),
	"x-amz-checksum-sha256": () => hashDigest("sha256", "base64")
};
const badDigest = (what) => new ObsError("BadDigest", `The ${what} you specified did not match what we received.`, 400);
const malformed = (why) => new ObsError("InvalidRequest", `The aws-chunked body is malformed: ${why}.`, 400);
/**
* Checks a request body against everything the request declares: the payload SHA-256
* (`x-amz-content-sha256`), Content-MD5, `x-amz-checksum-*` headers, and for aws-chunked bodies
* each chunk's signature, the trailer's checksum and signature, and the decoded length. Bytes go
* in as they arrive (`push` answers the decoded data in them); `finish` throws unless all of it
* matched. The constructor throws for declarations no body can meet.
*/
class PayloadVerifier {
	limits;
	checks = [];
	decoder;
	maxBytes;
	decodedLength;
	/** `x-amz-content-sha256` is the hash of the empty payload: the body must be empty (no need to hash it). */
	mustBeEmpty;
	trailer;
	total = 0;
	constructor(headers, signing, limits) {
		this.limits = limits;
		const declared = headers["x-amz-content-sha256"];
		const streaming = declared !== undefined && declared.startsWith("STREAMING-");
		if (streaming && declared !== STREAMING_SIGNED_PAYLOAD && declared !== STREAMING_SIGNED_PAYLOAD_TRAILER && declared !== STREAMING_UNSIGNED_PAYLOAD_TRAILER) {
			throw new ObsError("InvalidArgument", `x-amz-content-sha256 ${declared} is not supported.`, 400);
		}
		const signedChunks = declared === STREAMING_SIGNED_PAYLOAD || declared === STREAMING_SIGNED_PAYLOAD_TRAILER;
		if (signedChunks && !signing) throw new ObsError("InvalidRequest", `${declared} needs a V4 Authorization header to chain the chunk signatures from.`, 400);
		this.mustBeEmpty = declared === EMPTY_PAYLOAD_SHA256;
		if (declared !== undefined && !this.mustBeEmpty && /^[0-9a-f]{64}$/.test(declared)) this.checks.push({
			digest: hashDigest("sha256", "hex"),
			expected: () => declared,
			what: "x-amz-content-sha256"
		});
		const md5 = headers["content-md5"];
		if (md5 !== undefined) {
			if (!/^[A-Za-z0-9+/]{22}==$/.test(md5)) throw new ObsError("InvalidDigest", "The Content-MD5 you specified is not valid.", 400);
			this.checks.push({
				digest: hashDigest("md5", "base64"),
				expected: () => md5,
				what: "Content-MD5"
			});
		}
		for (const name in CHECKSUMS) {
			const value = headers[name];
			const digest = CHECKSUMS[name];
			if (value !== undefined && digest) this.checks.push({
				digest: digest(),
				expected: () => value,
				what: name,
				checksum: name
			});
		}
		const trailerName = headers["x-amz-trailer"]?.trim().toLowerCase();
		if (trailerName !== undefined) {
			const digest = CHECKSUMS[trailerName];
			if (!digest || !streaming || declared === STREAMING_SIGNED_PAYLOAD) throw new ObsError("InvalidRequest", `x-amz-trailer ${trailerName} is not supported with x-amz-content-sha256 ${declared ?? "(none)"}.`, 400);
			this.checks.push({
				digest: digest(),
				expected: () => this.trailer?.[trailerName],
				what: `${trailerName} trailer`,
				checksum: trailerName
			});
		}
		this.maxBytes = limits.maxBytes ?? Number.POSITIVE_INFINITY;
		this.decodedLength = headers["x-amz-decoded-content-length"];
		const announced = Number(streaming ? this.decodedLength : headers["content-length"]);
		if (Number.isFinite(announced) && announced > this.maxBytes) throw this.tooLarge();
		this.decoder = streaming ? new ChunkDecoder(signedChunks ? signing : undefined, declared === STREAMING_SIGNED_PAYLOAD_TRAILER) : undefined;
	}
	tooLarge() {
		return new ObsError(this.limits.tooLarge ?? "EntityTooLarge", `Your proposed upload exceeds the maximum allowed size (${this.maxBytes} bytes).`, 400);
	}
	/** The body's data in `piece` (aws-chunked framing taken off), counted and digested. */
	push(piece) {
		const data = this.decoder ? this.decoder.push(piece) : [piece];
		for (const part of data) {
			this.total += part.length;
			if (this.total > this.maxBytes) throw this.tooLarge();
			for (const check of this.checks) check.digest.update(part);
		}
		return data;
	}
	/** Throws unless the whole body matched; then records in `verified` the flexible checksums it matched, by name. */
	async finish(verified) {
		if (this.decoder) {
			this.trailer = this.decoder.finish();
			if (this.decodedLength !== undefined && Number(this.decodedLength) !== this.total) {
				throw new ObsError("IncompleteBody", `x-amz-decoded-content-length says ${this.decodedLength} bytes; the chunks carried ${this.total}.`, 400);
			}
		}
		if (this.mustBeEmpty && this.total > 0) throw badDigest("x-amz-content-sha256");
		for (const check of this.checks) {
			const expected = check.expected();
			if (expected === undefined) throw new ObsError("InvalidRequest", `The ${check.what} is missing.`, 400);
			if (!signaturesEqual(await check.digest.result(), expected)) throw badDigest(check.what);
		}
		// Only once every check passed: what the body was verified to be.
		for (const check of this.checks) if (check.checksum) verified[check.checksum] = check.expected() ?? "";
	}
}
/**
* The request body as it arrives, verified (PayloadVerifier). Bytes are passed on as they come;
* a mismatch throws at the end (or at the bad chunk), so a consumer that writes them somewhere
* must discard them when iteration throws. Once the body ends verified, `verified` holds the
* flexible checksums it was checked against, by name.
*/
export async function* verifiedPayload(source, headers, signing, limits = {}, verified = {}) {
	const verifier = new PayloadVerifier(headers, signing, limits);
	try {
		for await (const piece of source) for (const data of verifier.push(piece)) yield data;
	} catch (error) {
		if (error instanceof ObsError) throw error;
		// The client went away mid-body (or the socket failed): nothing of it may count.
		throw new ObsError("IncompleteBody", "The request body ended before it was complete.", 400, { cause: error });
	}
	await verifier.finish(verified);
}
/** A body read whole, verified as `verifiedPayload` verifies a stream: its decoded bytes. */
export async function verifiedWhole(body, headers, signing, verified) {
	const verifier = new PayloadVerifier(headers, signing, {});
	const data = verifier.push(body);
	await verifier.finish(verified);
	return data.length === 1 && data[0] === body ? body : Buffer.concat(data);
}
/**
* aws-chunked: `hex-size[;chunk-signature=sig]\r\n` data `\r\n` … then the empty chunk and, for
* the trailer variants, `name:value\r\n` lines (and `x-amz-trailer-signature`) up to an empty line.
*/
class ChunkDecoder {
	signing;
	signedTrailer;
	state = "size";
	line = Buffer.alloc(0);
	remaining = 0;
	chunkSignature = "";
	chunkHash = createHash("sha256");
	previousSignature;
	trailer = {};
	trailerText = "";
	trailerSigned = false;
	constructor(signing, signedTrailer) {
		this.signing = signing;
		this.signedTrailer = signedTrailer;
		this.previousSignature = signing?.seedSignature ?? "";
	}
	/** The data bytes in `piece`, in order. */
	push(piece) {
		const out = [];
		let buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
		while (buffer.length > 0) {
			if (this.state === "data") {
				const take = Math.min(this.remaining, buffer.length);
				const data = buffer.subarray(0, take);
				if (this.signing) this.chunkHash.update(data);
				out.push(data);
				this.remaining -= take;
				buffer = buffer.subarray(take);
				if (this.remaining === 0) {
					this.verifyChunk();
					this.state = "data-end";
				}
				continue;
			}
			if (this.state === "done") throw malformed("bytes after the end");
			// A line: the chunk header, the CRLF after data, or a trailer line.
			const end = buffer.indexOf(10);
			const upto = end < 0 ? buffer.length : end + 1;
			this.line = Buffer.concat([this.line, buffer.subarray(0, upto)]);
			buffer = buffer.subarray(upto);
			if (this.line.length > 4096) throw malformed("a line is too long");
			if (end < 0) continue;
			const text = this.line.toString("latin1").replace(/\r?\n$/, "");
			this.line = Buffer.alloc(0);
			this.onLine(text);
		}
		return out;
	}
	onLine(text) {
		switch (this.state) {
			case "data-end":
				if (text !== "") throw malformed("a chunk's data is longer than its size");
				this.state = "size";
				return;
			case "size": {
				const match = /^([0-9a-fA-F]{1,16})(?:;chunk-signature=([0-9a-f]{64}))?$/.exec(text);
				if (!match) throw malformed(`bad chunk header "${text.slice(0, 80)}"`);
				this.remaining = parseInt(match[1] ?? "", 16);
				this.chunkSignature = match[2] ?? "";
				if (this.signing && !this.chunkSignature) throw malformed("a chunk has no chunk-signature");
				this.chunkHash = createHash("sha256");
				if (this.remaining > 0) this.state = "data";
				else {
					this.verifyChunk();
					this.state = "trailer";
				}
				return;
			}
			case "trailer": {
				if (text === "") {
					this.state = "done";
					return;
				}
				const colon = text.indexOf(":");
				if (colon <= 0) throw malformed(`bad trailer line "${text.slice(0, 80)}"`);
				const name = text.slice(0, colon).trim().toLowerCase();
				const value = text.slice(colon + 1).trim();
				if (name === "x-amz-trailer-signature") {
					if (!this.signing || !this.signedTrailer) throw malformed("an unexpected trailer signature");
					const expected = trailerSignatureV4(this.signing.signingKey, this.signing.scope, this.signing.timestamp, this.previousSignature, this.trailerText);
					if (!signaturesEqual(expected, value)) throw new ObsError("SignatureDoesNotMatch", "The trailer signature does not match.", 403);
					this.trailerSigned = true;
					return;
				}
				this.trailer[name] = value;
				this.trailerText += `${name}:${value}\n`;
				return;
			}
			default: throw malformed("unexpected state");
		}
	}
	verifyChunk() {
		if (!this.signing) return;
		const expected = chunkSignatureV4(this.signing.signingKey, this.signing.scope, this.signing.timestamp, this.previousSignature, this.chunkHash.digest("hex"));
		if (!signaturesEqual(expected, this.chunkSignature)) throw new ObsError("SignatureDoesNotMatch", "A chunk signature does not match.", 403);
		this.previousSignature = expected;
	}
	/** The trailer, once the body is complete; a body cut short is malformed. */
	finish() {
		// A body without trailers may end right after the final chunk's line.
		const complete = this.state === "done" || this.state === "trailer" && this.line.length === 0 && this.trailerText === "";
		if (!complete) throw new ObsError("IncompleteBody", "The aws-chunked body ended before its final chunk.", 400);
		if (this.signedTrailer && this.signing && this.trailerText !== "" && !this.trailerSigned) throw malformed("the trailer is not signed");
		return this.trailer;
	}
}
