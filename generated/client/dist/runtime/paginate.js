// Copied from runtime/client/paginate.ts by `npm run generate`: edit that file, not this one.
import { ObsError } from "@obs-toolkit/validator";
/**
* The pages of a listing, one call each: the next call carries the last page's next markers,
* until a page is not truncated. A truncated page without new markers is an InvalidResponse (a
* server that would loop forever).
*/
export async function* paginate(call, input, keys, options = {}) {
	let request = { ...input };
	if (options.pageSize !== undefined && keys.pageSize !== undefined) request = {
		...request,
		[keys.pageSize]: options.pageSize
	};
	for (;;) {
		options.signal?.throwIfAborted();
		const page = await call(request);
		yield page;
		if (page[keys.truncated] !== true) return;
		const next = { ...request };
		keys.inputTokens.forEach((name, index) => {
			const value = page[keys.outputTokens[index]];
			next[name] = value === "" ? undefined : value;
		});
		if (keys.inputTokens.every((name) => next[name] === request[name])) {
			throw new ObsError("InvalidResponse", "The listing is truncated but its next markers do not move on.", 200);
		}
		request = next;
	}
}
