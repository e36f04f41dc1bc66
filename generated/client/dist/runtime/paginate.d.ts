/** How a listing is paged through. */
export interface PaginateOptions {
	/** Items per page (the operation's page-size member); the service's default otherwise. */
	pageSize?: number | undefined;
	/** Stops before the next page is asked for. */
	signal?: AbortSignal | undefined;
}
/** Which members of an operation carry its markers, as the spec's `x-obs-paginated` says. */
export interface PageKeys<
	I,
	O
> {
	inputTokens: ReadonlyArray<keyof I>;
	outputTokens: ReadonlyArray<keyof O>;
	truncated: keyof O;
	pageSize?: keyof I | undefined;
}
/**
* The pages of a listing, one call each: the next call carries the last page's next markers,
* until a page is not truncated. A truncated page without new markers is an InvalidResponse (a
* server that would loop forever).
*/
export declare function paginate<
	I extends object,
	O extends object
>(call: (input: I) => Promise<O>, input: I, keys: PageKeys<I, O>, options?: PaginateOptions): AsyncGenerator<O, void, undefined>;
