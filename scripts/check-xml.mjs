// A small well-formedness check for the SVG that examples/charts.ts writes (no XML parser among the
// dependencies): one root element, properly nested and closed tags, quoted unique attributes, known entities.

/** Checks that text is well-formed XML: balanced, properly nested tags, quoted attributes, known entities. */
export function checkXml(xml) {
  const stack = [];
  let i = 0;
  let roots = 0;
  const fail = (message) => {
    const line = xml.slice(0, i).split("\n").length;
    throw new Error(`not well-formed XML at line ${line}: ${message}`);
  };
  const checkText = (text) => {
    for (const match of text.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(match[0])) fail(`bad entity reference ${JSON.stringify(match[0])}`);
    }
    if (text.includes("<")) fail("stray '<'");
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textPart = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && textPart.trim() !== "") fail("text outside the root element");
    checkText(textPart);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end === -1) fail("unterminated processing instruction");
      i = end + 2;
    } else if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end === -1) fail("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end === -1) fail("unterminated CDATA");
      i = end + 3;
    } else if (xml.startsWith("<!DOCTYPE", i)) {
      const end = xml.indexOf(">", i);
      i = end + 1;
    } else {
      const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(i));
      if (tag === null) fail(`malformed tag ${JSON.stringify(xml.slice(i, i + 40))}`);
      const [whole, closing, name, attributes, selfClosing] = tag;
      const names = [...attributes.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((m) => m[1]);
      if (new Set(names).size !== names.length) fail(`duplicate attribute in <${name}>`);
      for (const value of attributes.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) checkText(value[1] ?? value[2] ?? "");
      if (closing) {
        const open = stack.pop();
        if (open !== name) fail(`</${name}> closes <${open ?? "nothing"}>`);
      } else if (!selfClosing) {
        if (stack.length === 0) roots++;
        stack.push(name);
      } else if (stack.length === 0) roots++;
      i += whole.length;
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]}>`);
  if (roots !== 1) fail(`expected one root element, found ${roots}`);
}
