import { describe, expect, it } from 'vitest';
import { findArticle, inArticle } from '../../../src/extract/body/index.js';
import { extractDocument } from '../../../src/extract/document.js';

// Pages written for these tests, in the shapes scraped news comes in: a site's page with a list
// of other posts after the article, a blog page with a sidebar and comments, a wire story, a page
// with a copyright footer, a results table. None is a seed page; none shares its words.

const ARTICLE = [
  'Harbour authority approves new ferry terminal',
  '',
  'The Halden harbour authority approved plans for a new ferry terminal on Tuesday, ending two years of argument over the site.',
  '',
  '“This terminal will carry the town for the next fifty years,” said Ingrid Vold, who chairs the authority.',
  '',
  'Opponents said the building would block the view of the old fort, and promised to appeal against the decision.',
].join('\n');

/** The statements of a page, by the first words of their content. */
const statements = (text: string) => extractDocument({ id: 'page', text }).statements.map((s) => s.content.split(/\s+/u).slice(0, 4).join(' '));
/** The names of a page's entities. */
const names = (text: string) => extractDocument({ id: 'page', text }).entities.map((e) => e.name);

describe('the article and not the page', () => {
  it('gives no statement of a "Recent Posts" list after the article', () => {
    const page = [
      ARTICLE,
      '',
      'Recent Posts',
      '',
      'Minister says rail fares will rise in spring',
      '',
      'Transport Minister Karl Berg has said that fares on the coastal line will rise by…',
      '',
      '2 hours ago',
      '',
      'Fishermen warn of quota cuts: union',
      '',
      'The fishermen’s union warned on Monday that the new quotas would cost…',
      '',
      '5 hours ago',
    ].join('\n');
    expect(statements(page)).toEqual(statements(ARTICLE));
    expect(names(page)).not.toContain('Karl Berg');
  });

  it('leaves out a blog page’s sidebar, byline and comments, and keeps the article between them', () => {
    const page = [
      'Skip to content',
      'Home | About | Contact',
      '',
      ARTICLE.split('\n')[0],
      'By Maria Lind',
      'Posted on March 3, 2021',
      '',
      ...ARTICLE.split('\n').slice(2),
      '',
      'Share this article',
      '',
      '3 Comments',
      '',
      'Per Olsen said the fort was never that pretty anyway, and the council should build.',
      '',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ].join('\n');
    expect(statements(page)).toEqual(statements(ARTICLE));
    expect(names(page)).not.toContain('Per Olsen');
    expect(names(page)).not.toContain('Maria Lind');
    expect(names(page)).toContain('Ingrid Vold');
  });

  it('keeps a list of links inside the article out, and the paragraphs after it in', () => {
    const [title, , first, , quote, , last] = ARTICLE.split('\n');
    const page = [title, '', first, '', 'Related', '', 'Town council delays vote on fort repairs', '', 'Ferry company orders two new ships', '', quote, '', last].join('\n');
    const article = findArticle(page);
    expect(inArticle(article, page.indexOf('Ferry company'), page.indexOf('Ferry company') + 10)).toBe(false);
    expect(inArticle(article, page.indexOf('“This terminal'), page.indexOf('“This terminal') + 10)).toBe(true);
    expect(inArticle(article, page.indexOf('Opponents'), page.length)).toBe(true);
  });

  it('leaves a copyright footer and a site notice out', () => {
    const page = `${ARTICLE}\n\n© 2021 Halden Tidende. All rights reserved.\n\nThe views expressed in reader letters do not necessarily reflect those of this website.`;
    const article = findArticle(page);
    expect(article.end).toBe(ARTICLE.length);
    expect(statements(page)).toEqual(statements(ARTICLE));
  });

  it('keeps a wire story whole, dateline and all', () => {
    const wire = 'OSLO, March 3, 2021 (Reuters) - Norway’s central bank kept its main interest rate at zero on Thursday, as expected.\n\n“We will keep rates low for some time,” governor Ida Wolden Bache told reporters.';
    expect(findArticle(wire)).toMatchObject({ start: 0, end: wire.length, excluded: [] });
  });

  it('keeps a results table whole: short lines without furniture are the article', () => {
    const table = 'ROWING - WORLD CUP RESULTS\nLUCERNE 1996-07-14\nResults of the men’s single sculls final on Sunday:\n1. Anders Holm (Norway) 6:51.20\n2. Jan Kral (Czech Republic) 6:53.02\n3. Pierre Morel (France) 6:55.31';
    expect(findArticle(table)).toMatchObject({ start: 0, end: table.length, excluded: [] });
  });

  it('keeps offsets exact: what is kept is where it was', () => {
    const page = `Menu\n\n${ARTICLE}\n\nMost read\n\nPrices rise again at the pump`;
    const ex = extractDocument({ id: 'page', text: page });
    for (const e of ex.entities) for (const m of e.mentions) expect(page.slice(m.start, m.end)).toBe(m.text);
    for (const s of ex.statements) expect(page.slice(s.start, s.end)).toBe(s.content);
    expect(ex.entities.some((e) => e.name === 'Ingrid Vold')).toBe(true);
  });
});
