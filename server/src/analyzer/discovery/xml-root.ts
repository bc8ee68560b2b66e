/**
 * The name of an XML document's root element, read without a parser: skips the XML declaration,
 * processing instructions, comments, a DOCTYPE and white space. Discovery uses it to tell a Liberty
 * server.xml (root `<server>`) from Tomcat's (root `<Server>`): XML names are case-sensitive.
 */
const MAX_SCAN = 64 * 1024;

export function xmlRootElement(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = Math.min(text.length, MAX_SCAN);
  while (i < end) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= end) return undefined;
    if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) return undefined;
      i = close + 2;
    } else if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) return undefined;
      i = close + 3;
    } else if (text.startsWith('<!', lt)) {
      // DOCTYPE, possibly with an internal subset in [ ].
      const bracket = text.indexOf('[', lt);
      const gt = text.indexOf('>', lt);
      if (gt < 0) return undefined;
      if (bracket >= 0 && bracket < gt) {
        const closeSubset = text.indexOf(']', bracket);
        const after = closeSubset < 0 ? -1 : text.indexOf('>', closeSubset);
        if (after < 0) return undefined;
        i = after + 1;
      } else i = gt + 1;
    } else {
      const match = /^<([A-Za-z_:][\w:.-]*)/.exec(text.slice(lt, lt + 256));
      return match ? match[1] : undefined;
    }
  }
  return undefined;
}

/** Liberty configuration files (server.xml and its includes) all have the root element <server>. */
export function isLibertyXml(text: string): boolean {
  return xmlRootElement(text) === 'server';
}
