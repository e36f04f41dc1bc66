import { validateAbortMultipartUploadRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
export function renderAbortMultipartUploadResponse(output) {
    return {
        ok: true,
        status: 204,
        headers: {},
        body: "",
    };
}
export const abortMultipartUploadRoute = {
    id: "AbortMultipartUpload",
    method: "DELETE",
    selectors: ["uploadId"],
    hasKey: true,
    payload: { kind: "none" },
    implemented: (handlers) => handlers.abortMultipartUpload !== undefined,
    async run(handlers, request, context) {
        const handler = handlers.abortMultipartUpload;
        if (!handler)
            throw notImplemented("Abort Multipart Upload");
        const checked = validateAbortMultipartUploadRequest(request, { requestTime: context.receivedAt });
        if (!checked.ok)
            return checked;
        return renderAbortMultipartUploadResponse(await handler(checked.value, context));
    },
};
