/**
 * A small XML writer for the exchange formats: elements are built as data and written out
 * here, so that every attribute value and every text passes through one escape. Names and
 * notes come from files anyone may write (`<script>`, `&`, quotes, `]]>`); none of them can
 * end a tag, open an element or close a section.
 */

export interface XmlElement {
	readonly name: string;
	readonly attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
	/** Child elements, or one text. */
	readonly children?: readonly XmlElement[] | string;
}

/** Characters XML 1.0 cannot hold at all, even as references: C0 controls but tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: `&`, `<` and `>` as references (`>` too, so `]]>` never appears). */
export function escapeText(text: string): string {
	return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; line breaks and tabs as references, which a parser would otherwise turn into spaces. */
export function escapeAttribute(value: string): string {
	return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Element and attribute names are ours, never a file's: a name that is not a plain XML name is a mistake in this code. */
const NAME = /^[A-Za-z_][\w.:-]*$/;
function checkedName(name: string): string {
	if (!NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
	return name;
}

function writeElement(element: XmlElement, depth: number, lines: string[]): void {
	const pad = '  '.repeat(depth);
	const attributes = Object.entries(element.attributes ?? {})
		.filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
		.map(([key, value]) => ` ${checkedName(key)}="${escapeAttribute(String(value))}"`)
		.join('');
	const open = `${pad}<${checkedName(element.name)}${attributes}`;
	const { children } = element;
	if (children === undefined || children.length === 0) lines.push(`${open}/>`);
	else if (typeof children === 'string') lines.push(`${open}>${escapeText(children)}</${element.name}>`);
	else {
		lines.push(`${open}>`);
		for (const child of children) writeElement(child, depth + 1, lines);
		lines.push(`${pad}</${element.name}>`);
	}
}

/** The document: the XML declaration, then the root, two spaces an indent, ending in a newline. */
export function writeXml(root: XmlElement): string {
	const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
	writeElement(root, 0, lines);
	return `${lines.join('\n')}\n`;
}
