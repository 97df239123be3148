import { describe, expect, it } from 'vitest';

import { decodeEntities } from '@/content/html-entities';
import { reduceHtml } from '@/content/html';

describe('reduceHtml: text', () => {
  it.each([
    ['paragraphs are separated by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['an unclosed paragraph ends where the next begins', '<p>One.<p>Two.', 'One.\n\nTwo.'],
    [
      'headings are paragraphs of their own',
      '<h1>Ferry resumes</h1><p>Boats sail.</p>',
      'Ferry resumes\n\nBoats sail.',
    ],
    ['all six heading levels', '<h3>Three</h3><h6>Six</h6>', 'Three\n\nSix'],
    [
      'whitespace inside a paragraph collapses',
      '<p>  The   harbour\n\tmaster   spoke. </p>',
      'The harbour master spoke.',
    ],
    ['inline markup keeps its words', '<p>She was <em>very</em> <b>clear</b>.</p>', 'She was very clear.'],
    [
      'links keep their text, not their address',
      '<p>Read <a href="https://example.org">the notice</a>.</p>',
      'Read the notice.',
    ],
    ['a line break starts a new paragraph', '<p>Pier 4<br>Closed</p>', 'Pier 4\n\nClosed'],
    [
      'block quotes keep their words',
      '<blockquote><p>“We sail at dawn,” she said.</p></blockquote>',
      '“We sail at dawn,” she said.',
    ],
    [
      'list items become paragraphs',
      '<ul><li>First point</li><li>Second point</li></ul>',
      'First point\n\nSecond point',
    ],
    ['unclosed list items close at the next', '<ol><li>One<li>Two</ol>', 'One\n\nTwo'],
    [
      'nested lists: the outer item, then each inner item',
      '<ul><li>Ports<ul><li>North<li>South</ul><li>Fares</ul>',
      'Ports\n\nNorth\n\nSouth\n\nFares',
    ],
    [
      'table cells sit side by side, a row per paragraph',
      '<table><tr><td>Route</td><td>Fare</td></tr><tr><td>A</td><td>2</td></tr></table>',
      'Route Fare\n\nA 2',
    ],
    ['preformatted text keeps its lines', '<pre>line one\nline two</pre>', 'line one\n\nline two'],
    ['a lone less-than sign is text', '<p>a < b and c</p>', 'a < b and c'],
    ['text outside any element is kept', 'Plain words, no tags.', 'Plain words, no tags.'],
    ['upper-case tags', '<P>Loud</P><H2>Shout</H2>', 'Loud\n\nShout'],
    ['a > inside a quoted attribute does not end the tag', '<p title="a > b">Kept</p>', 'Kept'],
  ])('%s', (_, html, expected) => {
    expect(reduceHtml(html).text).toBe(expected);
  });
});

describe('reduceHtml: what is dropped', () => {
  it.each([
    [
      'scripts',
      '<p>Before</p><script>document.write("<p>injected</p>")</script><p>After</p>',
      'Before\n\nAfter',
    ],
    [
      'a script holding a fake end tag',
      '<script>var s = "</scr" + "ipt>"; alert(1)</script><p>Safe</p>',
      'Safe',
    ],
    [
      'a script never closed swallows the rest, not the page before it',
      '<p>Kept</p><script>alert(1)',
      'Kept',
    ],
    ['styles', '<style>p { color: red }</style><p>Text</p>', 'Text'],
    [
      'site navigation, header, footer and asides',
      '<header>Site</header><nav>Menu</nav><p>Story</p><aside>Ad</aside><footer>©</footer>',
      'Story',
    ],
    [
      'forms and their controls',
      '<form><label>Email</label><input value="x"><button>Go</button></form><p>Story</p>',
      'Story',
    ],
    [
      'images, figures and media',
      '<figure><img src="x.png" alt="A pier"><figcaption>Caption</figcaption></figure><p>Story</p><video>v</video>',
      'Story',
    ],
    ['comments, even with markup inside', '<!-- <p>hidden</p> --><p>Shown</p>', 'Shown'],
    ['hidden elements', '<p hidden>Secret</p><div aria-hidden="true">Icon</div><p>Seen</p>', 'Seen'],
    [
      'templates and noscript',
      '<template><p>T</p></template><noscript>Enable JS</noscript><p>Seen</p>',
      'Seen',
    ],
    ['inline SVG', '<svg><text>Chart</text></svg><p>Seen</p>', 'Seen'],
    ['the doctype and processing instructions', '<!DOCTYPE html><?xml version="1.0"?><p>Seen</p>', 'Seen'],
  ])('%s', (_, html, expected) => {
    expect(reduceHtml(html).text).toBe(expected);
  });

  it.each([
    ['event handlers', '<p onclick="alert(1)" onmouseover="steal()">Click</p><img src=x onerror="alert(2)">'],
    ['javascript: links', '<p><a href="javascript:alert(document.cookie)">Prize</a></p>'],
    ['iframes with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>Prize</p>'],
    ['an object and an embed', '<object data="evil.swf"></object><embed src="evil"><p>Prize</p>'],
  ])('keeps no trace of %s, only the visible words', (_, html) => {
    const { text } = reduceHtml(html);
    expect(text).not.toMatch(/alert|javascript|steal|onerror|evil|script/);
    expect(text).toMatch(/^(Click|Prize)$/);
  });
});

describe('reduceHtml: the article part of a page', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="en-GB"><head><title>Ferries | Harbour News</title></head><body>${body}</body></html>`;

  it('takes the <article>, its own header included, and leaves the page around it', () => {
    const html = page(
      '<header><a href="/">Harbour News</a></header><nav>Home · Ports</nav>' +
        '<article><header><h1>Ferries return</h1><p>By Ada Quill</p></header><p>The first boat left at six.</p>' +
        '<footer>Filed under: ports</footer></article>' +
        '<aside>Most read</aside><footer>© Harbour News</footer>',
    );
    expect(reduceHtml(html).text).toBe('Ferries return\n\nBy Ada Quill\n\nThe first boat left at six.');
  });

  it('of several <article>s, takes the one with the most text', () => {
    const html = page(
      '<article><p>Teaser.</p></article><article><p>The long story, with many more words in it.</p></article>',
    );
    expect(reduceHtml(html).text).toBe('The long story, with many more words in it.');
  });

  it('without an <article>, takes <main>', () => {
    expect(reduceHtml(page('<div>Banner</div><main><p>Body text.</p></main>')).text).toBe('Body text.');
  });

  it('without either, takes the body less its header', () => {
    expect(reduceHtml(page('<header><h1>Site</h1></header><p>Body text.</p>')).text).toBe('Body text.');
  });

  it('never returns the head: title and meta tags are not article text', () => {
    expect(reduceHtml(page('<p>Body.</p>')).text).toBe('Body.');
  });
});

describe('reduceHtml: metadata', () => {
  it('reads title, author, date, address, site and language from the head', () => {
    const html =
      '<html lang="en"><head><title>Plain &amp; title</title>' +
      '<meta property="og:title" content="Ferries return to the north pier">' +
      '<meta name="author" content="Ada Quill">' +
      '<meta property="article:published_time" content="2024-03-09T06:00:00Z">' +
      '<link rel="canonical" href="https://news.example/ferries">' +
      '<meta property="og:site_name" content="Harbour News"></head><body><p>Text.</p></body></html>';
    expect(reduceHtml(html).meta).toEqual({
      title: 'Ferries return to the north pier',
      byline: 'Ada Quill',
      date: '2024-03-09',
      url: 'https://news.example/ferries',
      source: 'Harbour News',
      language: 'en',
    });
  });

  it('falls back to <title>, then to the first heading', () => {
    expect(reduceHtml('<title>From &lt;title&gt;</title><p>x</p>').meta.title).toBe('From <title>');
    expect(reduceHtml('<h1>From <em>the</em> heading</h1><p>x</p>').meta.title).toBe('From the heading');
    expect(reduceHtml('<p>x</p>').meta.title).toBeNull();
  });

  it('keeps only web addresses as the source link', () => {
    expect(reduceHtml('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').meta.url).toBeNull();
    expect(reduceHtml('<meta property="og:url" content="data:text/html,x"><p>x</p>').meta.url).toBeNull();
  });

  it('ignores a date that is not one', () => {
    expect(reduceHtml('<meta name="date" content="last Tuesday"><p>x</p>').meta.date).toBeNull();
  });
});

describe('decodeEntities', () => {
  it.each([
    ['named', 'Fish &amp; chips &lt;3 &quot;hot&quot;', 'Fish & chips <3 "hot"'],
    ['typography', '&ldquo;Yes,&rdquo; she said &mdash; twice&hellip;', '“Yes,” she said — twice…'],
    ['decimal', '&#8220;Hi&#8221;', '“Hi”'],
    ['hexadecimal', '&#x201C;Hi&#X201D;', '“Hi”'],
    ['astral', '&#x1F600;', '😀'],
    ['non-breaking space', 'a&nbsp;b', 'a\u00a0b'],
    ['unknown names stay as written', '&notanentity; &amp', '&notanentity; &'],
    [
      'NUL, surrogates and out-of-range numbers become U+FFFD',
      '&#0;&#xD800;&#x110000;',
      '\ufffd\ufffd\ufffd',
    ],
    ['inherited object keys are not entities', '&constructor; &toString;', '&constructor; &toString;'],
    ['a double-encoded entity decodes once', '&amp;lt;', '&lt;'],
  ])('%s', (_, input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('decodes text inside elements', () => {
    expect(reduceHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>').text).toBe('<script>alert(1)</script>');
  });
});

describe('reduceHtml: size', () => {
  it('reads a megabyte page with hundreds of scripts in one pass', () => {
    const block = '<script>var x = "<p>no</p>";</script><p>A paragraph of the story, told plainly.</p>';
    const html = block.repeat(Math.ceil(1_000_000 / block.length));
    const { text } = reduceHtml(html);
    expect(text.split('\n\n')).toHaveLength(Math.ceil(1_000_000 / block.length));
    expect(text).not.toContain('no');
  });
});
