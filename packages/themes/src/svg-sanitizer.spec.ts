import { JSDOM } from 'jsdom';
import { MOTIF_KEYS, renderMotif } from './motifs.js';
import { sanitizeSvg, type SvgProblem } from './svg-sanitizer.js';
import { SVG_LIMITS } from './theme-schema.js';

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 20 20">';
const tile = (body: string) => `${open}${body}</svg>`;
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

function problems(svg: string): SvgProblem[] {
  const result = sanitizeSvg(svg);
  if (result.ok) throw new Error(`expected a refusal, got ${result.svg}`);
  return result.problems;
}

describe(sanitizeSvg.name, () => {
  it('accepts the built-in motifs unchanged', () => {
    for (const key of MOTIF_KEYS) expect(sanitizeSvg(renderMotif(key))).toEqual({ ok: true, svg: renderMotif(key) });
  });

  it('keeps gradients, clip paths, local references and text, as well-formed XML with its case intact', () => {
    const svg = tile(
      '<defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff"/></linearGradient>' +
        '<clipPath id="c"><rect width="10" height="10"/></clipPath><path id="p" d="M0 0L9 9"/></defs>' +
        '<use xlink:href="#p" clip-path="url(#c)"/><use href="#p"/><rect fill="url(\'#g\')" width="20" height="20"/><text x="1" y="9">a &lt; b &amp; c</text><!-- drawn by hand -->',
    );
    const result = sanitizeSvg(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
    expect(result).toEqual({ ok: true, svg: svg.replace('<!-- drawn by hand -->', '') });
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(result.ok ? result.svg : '', 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.getAttribute('viewBox')).toBe('0 0 20 20');
  });

  it('refuses <script>, in any case', () => {
    expect(problems(tile('<script>alert(1)</script><circle r="2"/>'))).toEqual([
      { code: 'SVG_ELEMENT_REFUSED', message: 'SVG contains <script>: scripts never run in an ornament' },
    ]);
    expect(problems(tile('<SCRIPT type="text/javascript">alert(1)</SCRIPT>')).map((p) => p.message)).toEqual(['SVG contains <script>: scripts never run in an ornament']);
  });

  it('refuses event handlers, naming attribute and element', () => {
    expect(problems(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9" onload="alert(1)"><circle r="2" OnClick="steal()"/></svg>`)).toEqual([
      { code: 'SVG_EVENT_HANDLER', message: 'SVG contains the event handler onload="alert(1)" on <svg>' },
      { code: 'SVG_EVENT_HANDLER', message: 'SVG contains the event handler onclick="steal()" on <circle>' },
    ]);
  });

  it('refuses javascript: links, however written', () => {
    expect(problems(tile('<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'))).toEqual([
      { code: 'SVG_ELEMENT_REFUSED', message: 'SVG contains <a>: an ornament cannot link anywhere' },
    ]);
    expect(problems(tile('<use href="&#106;ava&#x73;cript:alert(1)"/>'))).toEqual([
      {
        code: 'SVG_EXTERNAL_REFERENCE',
        message: 'SVG refers outside itself: href="javascript:alert(1)" on <use>; only references within the file, such as href="#star", are allowed',
      },
    ]);
  });

  it('refuses external pictures, uses and paint servers', () => {
    expect(problems(tile('<image href="https://tracker.example/pixel.png" width="5" height="5"/>'))).toEqual([
      { code: 'SVG_ELEMENT_REFUSED', message: 'SVG contains <image>: it loads a picture from elsewhere' },
    ]);
    expect(problems(tile('<use href="http://evil.example/sprites.svg#star"/><use xlink:href="data:image/svg+xml;base64,PHN2Zz4="/>'))).toEqual([
      expect.objectContaining({ code: 'SVG_EXTERNAL_REFERENCE', message: expect.stringContaining('href="http://evil.example/sprites.svg#star" on <use>') }),
      expect.objectContaining({ code: 'SVG_EXTERNAL_REFERENCE', message: expect.stringContaining('xlink:href="data:image/svg+xml;base64,PHN2Zz4=" on <use>') }),
    ]);
    const paint = problems(tile('<rect width="5" height="5" fill="url(https://evil.example/p.svg#g) red" filter="url( \'//evil.example/f\' )"/>'));
    expect(paint).toHaveLength(2);
    expect(paint).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'SVG_EXTERNAL_REFERENCE', message: expect.stringContaining('fill="url(https://evil.example/p.svg#g) red" on <rect>') }),
        expect.objectContaining({ code: 'SVG_EXTERNAL_REFERENCE', message: expect.stringContaining('filter="url( \'//evil.example/f\' )" on <rect>') }),
      ]),
    );
  });

  it('reads url( in linear time: an attribute of thousands of unclosed url( is refused, not scanned to its end for each', () => {
    // Near the size limit; a lazy scan for ")" from each "url(" took the square of this.
    const room = SVG_LIMITS.maxBytes - byteLength(tile('<rect fill=""/>')) - 8;
    const unclosed = 'url('.repeat(Math.floor(room / 4));
    expect(problems(tile(`<rect fill="${unclosed}"/>`))).toEqual([expect.objectContaining({ code: 'SVG_EXTERNAL_REFERENCE', message: expect.stringContaining('fill="url(url(') })]);
    const closedAtTheEnd = `${'url( '.repeat(Math.floor(room / 5) - 1)}#g)`;
    expect(problems(tile(`<rect fill="${closedAtTheEnd}"/>`))).toEqual([expect.objectContaining({ code: 'SVG_EXTERNAL_REFERENCE' })]);
    // Local references, quoted or not, with spaces, still pass.
    expect(sanitizeSvg(tile('<rect fill="url( \'#g\' )" stroke="URL(#h)" width="2" height="2"/>')).ok).toBe(true);
  });

  it('refuses <foreignObject>, style sheets, style attributes, CSS escapes and animations', () => {
    expect(
      problems(
        tile(
          '<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>' +
            '<style>@import url(https://evil.example/x.css);</style><rect style="fill:red" width="2" height="2"/>' +
            '<rect fill="\\75 rl(x)" width="1" height="1"/><animate attributeName="href" to="javascript:alert(1)"/>',
        ),
      ).map((p) => p.message),
    ).toEqual([
      'SVG contains <foreignObject>: it embeds HTML',
      'SVG contains <style>: style sheets can load resources from elsewhere',
      'SVG contains the attribute style="fill:red" on <rect>, which ornaments may not use',
      'SVG attribute fill="\\\\75 rl(x)" on <rect> contains a CSS escape, which ornaments may not use',
      'SVG contains <animate>: animations can rewrite links',
    ]);
  });

  it('refuses an oversized file before parsing it', () => {
    const huge = tile(`<path d="M0 0${' L1 1'.repeat(SVG_LIMITS.maxBytes)}"/>`);
    expect(problems(huge)).toEqual([{ code: 'SVG_TOO_LARGE', message: `SVG is ${huge.length} bytes; an ornament may have at most ${SVG_LIMITS.maxBytes}` }]);
  });

  it('refuses entity declarations (billion laughs) and external DTDs without expanding anything', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE svg [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      tile('<text>&lol9;</text>'),
    ].join('\n');
    expect(problems(laughs)).toEqual([{ code: 'SVG_DOCTYPE', message: expect.stringContaining('SVG contains a DOCTYPE or ENTITY declaration') }]);
    expect(problems(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${tile('')}`)[0]?.code).toBe('SVG_DOCTYPE');
  });

  it('refuses processing instructions such as external style sheets', () => {
    expect(problems(`<?xml-stylesheet href="https://evil.example/x.css"?>${tile('<circle r="1"/>')}`)).toEqual([
      { code: 'SVG_PROCESSING_INSTRUCTION', message: expect.stringContaining('<?xml-stylesheet href=\\"https://evil.example/x.css\\"?>') },
    ]);
  });

  it('refuses more elements than an ornament needs', () => {
    const many = tile('<g/>'.repeat(SVG_LIMITS.maxElements));
    expect(problems(many)).toEqual([
      { code: 'SVG_TOO_MANY_ELEMENTS', message: `SVG has ${SVG_LIMITS.maxElements + 1} elements; an ornament may have at most ${SVG_LIMITS.maxElements}` },
    ]);
  });

  it('needs exactly one <svg> with a viewBox', () => {
    const notSvg = 'the upload must be a single <svg> element, with nothing before or after it';
    expect(problems('<div>hello</div>').map((p) => p.message)).toEqual(['SVG contains <div>, which ornaments may not use', notSvg]);
    expect(problems(`hello ${tile('')}`).map((p) => p.message)).toEqual([notSvg]);
    expect(problems(`${tile('')}${tile('')}`).map((p) => p.message)).toEqual([notSvg]);
    expect(problems('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><circle r="1"/></svg>')).toEqual([
      { code: 'SVG_NOT_SVG', message: 'the <svg> needs a viewBox, so that the tile can be scaled to the band' },
    ]);
  });
});
