/**
* The text of each child element of `rootName`, whatever namespace the document uses.
* Undefined when the body is not XML with that root element.
*/
export declare function readXmlFields(body: string, rootName: string): Record<string, string> | undefined;
