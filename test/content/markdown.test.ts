import { describe, expect, it } from 'vitest';

import { compileContent } from '@/content/build';
import { reduceMarkdown } from '@/content/markdown';

import { sourceDir } from './helpers';

describe('reduceMarkdown', () => {
  it.each([
    [
      'a heading becomes its own paragraph',
      '# Talks resume in Doha\n\nThe envoy spoke.',
      'Talks resume in Doha\n\nThe envoy spoke.',
    ],
    ['closing hashes go with the heading', '## Talks ##', 'Talks'],
    ['a setext heading loses its underline', 'Talks resume\n============\n\nText.', 'Talks resume\n\nText.'],
    [
      'wrapped lines of a paragraph are joined',
      'The envoy said\nthat talks would\nresume.',
      'The envoy said that talks would resume.',
    ],
    [
      'emphasis and strong keep their words',
      'He was *very* clear and **firm**.',
      'He was very clear and firm.',
    ],
    [
      'underscores emphasise only whole words',
      '_Note_: keep snake_case and file_name',
      'Note: keep snake_case and file_name',
    ],
    [
      'links keep their text, not their address',
      'Read [the report](https://example.org/r) now.',
      'Read the report now.',
    ],
    [
      'reference links keep their text and lose their definitions',
      'See [the report][1].\n\n[1]: https://example.org',
      'See the report.',
    ],
    ['pictures are dropped', '![A crowd](crowd.jpg)\n\nText.', 'Text.'],
    ['block quotes keep their words', '> “We are ready,” he said.', '“We are ready,” he said.'],
    ['list items become paragraphs', '- First point\n- Second point', 'First point\n\nSecond point'],
    ['numbered items too', '1. One\n2. Two', 'One\n\nTwo'],
    ['thematic breaks separate paragraphs', 'One.\n\n***\n\nTwo.', 'One.\n\nTwo.'],
    ['code spans keep their text', 'Type `npm start`.', 'Type npm start.'],
    ['fenced code keeps its lines', '```\nline one\nline two\n```', 'line one\n\nline two'],
    ['escaped characters are literal and open nothing', 'A \\*starred\\* word', 'A *starred* word'],
    [
      'inline HTML stays literal text',
      'Text <img src=x onerror=alert(1)> here',
      'Text <img src=x onerror=alert(1)> here',
    ],
    [
      'apostrophes and quotation marks are untouched',
      'Russia’s envoy said: "let\'s wait"',
      'Russia’s envoy said: "let\'s wait"',
    ],
    ['CRLF line ends', 'One\r\ntwo\r\n\r\nThree', 'One two\n\nThree'],
  ])('%s', (_, source, expected) => {
    expect(reduceMarkdown(source)).toBe(expected);
  });

  it('keeps front matter line for line, so problems point at the source file', () => {
    const source = '---\ntitle: Talks\nslug: talks\n---\n# Heading\n\nBody *text*.';
    expect(reduceMarkdown(source)).toBe('---\ntitle: Talks\nslug: talks\n---\nHeading\n\nBody text.');
  });

  it('reads an unclosed fence as the start of the body, not front matter', () => {
    expect(reduceMarkdown('---\ntitle: x')).toBe('title: x');
  });
});

describe('a Markdown article in the content build', () => {
  it('is read for its words: the heading is the title, the quotation is found in plain text', async () => {
    const dir = await sourceDir({
      'talks.md':
        '# Envoy backs *new* talks\n\nBy Jane Roe\n\nKABUL: The envoy spoke on **Monday**.\n\n> “We are ready to talk,” the envoy said.\n',
    });
    const { articles } = await compileContent(dir);
    const article = articles[0]?.article;
    expect(article?.meta).toMatchObject({
      title: 'Envoy backs new talks',
      titleDerived: false,
      byline: 'Jane Roe',
    });
    expect(article?.text).not.toMatch(/[*#>]/);
    const [quote] = article?.quotes ?? [];
    expect(quote && article?.text.slice(quote.content[0], quote.content[1])).toBe('We are ready to talk,');
  });
});
