import type { RequestPayload } from "../model/types.js";
import type { PayloadOf, RequestBodyUnit } from "./body.js";
import { streamBody } from "./stream.js";
import { xmlBody } from "./xml.js";
import { jsonBody } from "./json.js";
import { formBody } from "./form.js";

type Kind = RequestPayload["kind"];

/** Every request body kind's unit: a kind without one does not compile. */
const BY_KIND: { [K in Kind]: RequestBodyUnit<K> } = { xml: xmlBody, json: jsonBody, blob: streamBody, form: formBody };

/** The units by the media type a spec writes. */
export const BODY_UNITS: ReadonlyArray<RequestBodyUnit<Kind>> = Object.values(BY_KIND) as Array<RequestBodyUnit<Kind>>;

/** The unit of a payload, typed to it. */
export const bodyUnitOf = <K extends Kind>(payload: PayloadOf<K>): RequestBodyUnit<K> =>
  BY_KIND[payload.kind as K] as RequestBodyUnit<K>;

export type { BodyReader, PayloadOf, RequestBodyUnit, ValidatorNames } from "./body.js";
