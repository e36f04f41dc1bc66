/**
* The transport's default `fetch`, on `node:http`: the bytes of a response come as the server
* sent them. The built-in fetch decodes a `Content-Encoding: gzip` body (and fails on one that is
* not gzip at all, as `response-content-encoding=x-gzip` makes it), which is not what an object
* store's client may do: S3 clients hand over the stored bytes.
*/
export declare const nodeFetch: typeof fetch;
