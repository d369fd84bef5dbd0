// Checks an uploaded SVG ornament with DOMPurify on a jsdom window (Node only: the console and
// the api run it, never a browser). An ornament is accepted only if DOMPurify, held to a small
// allowlist, had nothing to remove; otherwise every removal is reported, named ("SVG contains
// <script>"), instead of silently storing a different picture. See docs/decisions for the choice.
import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { byteLength, SVG_LIMITS } from './theme-schema.js';
import type { SvgProblemCode } from './theme-problems.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** Shapes, groups, gradients, patterns, clipping and text: what a decorative tile draws with. */
export const SVG_ELEMENTS = [
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline',
  'polygon', 'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
] as const;

/** Geometry and presentation attributes; no style, class or event handlers. */
export const SVG_ATTRIBUTES = [
  'xmlns', 'xmlns:xlink', 'version', 'id', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1',
  'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points', 'pathLength', 'transform', 'href', 'xlink:href',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'color', 'offset', 'stop-color', 'stop-opacity',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits', 'font-family', 'font-size',
  'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'dx', 'dy', 'rotate', 'textLength',
  'lengthAdjust', 'visibility', 'display', 'vector-effect', 'shape-rendering', 'markerWidth', 'markerHeight',
  'markerUnits', 'refX', 'refY', 'orient', 'marker-start', 'marker-mid', 'marker-end',
] as const;

export interface SvgProblem {
  code: SvgProblemCode;
  message: string;
}

export type SvgSanitizeResult = { ok: true; svg: string } | { ok: false; problems: SvgProblem[] };

/** Why an element outside the allowlist matters, for the messages of the usual suspects. */
const ELEMENT_REASONS: Readonly<Record<string, string>> = {
  script: 'scripts never run in an ornament',
  foreignobject: 'it embeds HTML',
  image: 'it loads a picture from elsewhere',
  style: 'style sheets can load resources from elsewhere',
  a: 'an ornament cannot link anywhere',
  iframe: 'it embeds another page',
  animate: 'animations can rewrite links',
  set: 'animations can rewrite links',
};

const LOCAL_REFERENCE = /^#[A-Za-z_][\w.:-]*$/;
// Both patterns take time linear in the value, whatever it holds: an attacker's value of many
// unclosed "url(" must not cost the square of its length (no lazy scan to a far-away ")").
const URL_START = /url\s*\(/gi;
/** What may follow "url(": a local reference, optionally quoted, and the closing parenthesis. */
const LOCAL_URL_ARGUMENT = /\s*(['"]?)\s*#[A-Za-z_][\w.:-]*\s*\1\s*\)/y;

/** Whether every url(...) in a value refers to an element of the same file (url(#id)). */
function onlyLocalUrls(value: string): boolean {
  for (const start of value.matchAll(URL_START)) {
    LOCAL_URL_ARGUMENT.lastIndex = start.index + start[0].length;
    if (!LOCAL_URL_ARGUMENT.test(value)) return false;
  }
  return true;
}

const CONFIG: Config = {
  // '#text' keeps the content of <text>; comments are not allowed and are dropped without a
  // complaint, since editors write them and they draw nothing.
  ALLOWED_TAGS: [...SVG_ELEMENTS, '#text'],
  ALLOWED_ATTR: [...SVG_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: false,
  RETURN_DOM_FRAGMENT: true,
};

/** Reasons the hook gave for attributes it dropped, so DOMPurify's own record of them is not repeated. */
let hookFindings: { node: unknown; name: string; problem: SvgProblem }[] = [];

function describeValue(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function checkAttribute(node: Element, data: UponSanitizeAttributeHookEvent): void {
  const { attrName: name, attrValue: value } = data;
  const on = `on <${node.localName}>`;
  let problem: SvgProblem | undefined;
  if ((name === 'href' || name === 'xlink:href') && !LOCAL_REFERENCE.test(value.trim())) {
    problem = {
      code: 'SVG_EXTERNAL_REFERENCE',
      message: `SVG refers outside itself: ${name}=${describeValue(value)} ${on}; only references within the file, such as href="#star", are allowed`,
    };
  } else if (!onlyLocalUrls(value)) {
    problem = {
      code: 'SVG_EXTERNAL_REFERENCE',
      message: `SVG refers outside itself: ${name}=${describeValue(value)} ${on}; only url(#id) references within the file are allowed`,
    };
  } else if (value.includes('\\')) {
    problem = { code: 'SVG_ATTRIBUTE_REFUSED', message: `SVG attribute ${name}=${describeValue(value)} ${on} contains a CSS escape, which ornaments may not use` };
  }
  if (problem) {
    data.keepAttr = false;
    hookFindings.push({ node, name, problem });
  }
}

interface Purifier {
  purify: DOMPurify;
  serializer: XMLSerializer;
}

/** One jsdom window for the process: creating it costs far more than a sanitising pass. */
let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (!purifier) {
    const { window } = new JSDOM('');
    const purify = createDOMPurify(window as unknown as WindowLike);
    // DOMPurify hands input back untouched when the DOM lacks what it needs; never let that pass.
    if (!purify.isSupported) throw new Error('DOMPurify does not support this jsdom window; SVG ornaments cannot be checked');
    purify.addHook('uponSanitizeAttribute', checkAttribute);
    purifier = { purify, serializer: new window.XMLSerializer() };
  }
  return purifier;
}

function removalProblems(removed: DOMPurify['removed']): SvgProblem[] {
  const problems: SvgProblem[] = [];
  for (const entry of removed) {
    if ('element' in entry) {
      const element = entry.element as Element;
      // DOMPurify parses into an HTML body and lists that wrapper too; it is not the upload's.
      if (element.nodeName === 'BODY' || element.nodeType === COMMENT_NODE) continue;
      if (element.nodeType !== ELEMENT_NODE) {
        problems.push({ code: 'SVG_ELEMENT_REFUSED', message: `SVG contains a ${element.nodeName} node, which ornaments may not use` });
        continue;
      }
      const name = element.localName;
      const reason = ELEMENT_REASONS[name.toLowerCase()];
      problems.push({ code: 'SVG_ELEMENT_REFUSED', message: `SVG contains <${name}>${reason ? `: ${reason}` : ', which ornaments may not use'}` });
      continue;
    }
    const { attribute, from } = entry;
    if (!attribute) continue;
    const finding = hookFindings.find((f) => f.node === from && f.name === attribute.name.toLowerCase());
    if (finding) {
      problems.push(finding.problem);
      continue;
    }
    const on = `on <${(from as Element).localName}>`;
    problems.push(
      attribute.name.toLowerCase().startsWith('on')
        ? { code: 'SVG_EVENT_HANDLER', message: `SVG contains the event handler ${attribute.name}=${describeValue(attribute.value)} ${on}` }
        : { code: 'SVG_ATTRIBUTE_REFUSED', message: `SVG contains the attribute ${attribute.name}=${describeValue(attribute.value)} ${on}, which ornaments may not use` },
    );
  }
  return problems;
}

/** Refusals that need no parsing, made before any parser sees the text. */
function precheck(svg: string): { problem?: SvgProblem; body: string } {
  const bytes = byteLength(svg);
  if (bytes > SVG_LIMITS.maxBytes) {
    return { body: svg, problem: { code: 'SVG_TOO_LARGE', message: `SVG is ${bytes} bytes; an ornament may have at most ${SVG_LIMITS.maxBytes}` } };
  }
  if (/<!(DOCTYPE|ENTITY)/i.test(svg)) {
    return {
      body: svg,
      problem: { code: 'SVG_DOCTYPE', message: 'SVG contains a DOCTYPE or ENTITY declaration: entities can expand without bound, so ornaments may not declare any' },
    };
  }
  const body = svg.replace(/^\s*<\?xml\s[^?]*\?>/, '');
  const instruction = /<\?[^>]*>?/.exec(body);
  if (instruction) {
    return {
      body,
      problem: { code: 'SVG_PROCESSING_INSTRUCTION', message: `SVG contains the processing instruction ${describeValue(instruction[0])}; only a leading <?xml ...?> declaration is allowed` },
    };
  }
  return { body };
}

function shapeProblems(fragment: DocumentFragment): { problems: SvgProblem[]; root?: Element } {
  const strayText = [...fragment.childNodes].some((node) => node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '');
  const elements = [...fragment.children];
  const root = elements[0];
  if (strayText || elements.length !== 1 || !root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    return { problems: [{ code: 'SVG_NOT_SVG', message: 'the upload must be a single <svg> element, with nothing before or after it' }] };
  }
  const problems: SvgProblem[] = [];
  if (!root.hasAttribute('viewBox')) {
    problems.push({ code: 'SVG_NOT_SVG', message: 'the <svg> needs a viewBox, so that the tile can be scaled to the band' });
  }
  const count = root.querySelectorAll('*').length + 1;
  if (count > SVG_LIMITS.maxElements) {
    problems.push({ code: 'SVG_TOO_MANY_ELEMENTS', message: `SVG has ${count} elements; an ornament may have at most ${SVG_LIMITS.maxElements}` });
  }
  return { problems, root };
}

/**
 * Accepts `svg` only if it is a single self-contained <svg> within the limits that DOMPurify,
 * held to SVG_ELEMENTS and SVG_ATTRIBUTES with references limited to "#id", leaves unchanged;
 * returns it re-serialised as XML (the form a data: URL needs), or every problem found.
 */
export function sanitizeSvg(svg: string): SvgSanitizeResult {
  const { problem, body } = precheck(svg);
  if (problem) return { ok: false, problems: [problem] };
  const { purify, serializer } = getPurifier();
  hookFindings = [];
  try {
    const fragment = purify.sanitize(body, CONFIG) as unknown as DocumentFragment;
    const problems = removalProblems(purify.removed);
    const shape = shapeProblems(fragment);
    problems.push(...shape.problems);
    if (problems.length > 0 || !shape.root) return { ok: false, problems };
    return { ok: true, svg: serializer.serializeToString(shape.root) };
  } finally {
    hookFindings = [];
  }
}
