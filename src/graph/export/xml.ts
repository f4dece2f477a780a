/** Characters XML 1.0 cannot hold at all (controls other than tab, newline, return; lone surrogates; U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text without the characters XML cannot hold (they are dropped; news text has none in practice). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Element content, escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value, escaped (newlines and tabs kept as character references). */
export function xmlAttr(text: string): string {
  const escaped = xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
  return `"${escaped}"`;
}
