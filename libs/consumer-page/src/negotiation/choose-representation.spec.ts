import { chooseRepresentation } from './choose-representation';

describe('choosing what a Digital Link request gets', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8', undefined, 'html'],
    [undefined, undefined, 'html'],
    ['*/*', undefined, 'html'],
    ['application/json', undefined, 'json'],
    ['application/json, text/html;q=0.5', undefined, 'json'],
    ['application/linkset+json', undefined, 'linkset'],
    ['application/linkset+json;q=0.9, application/json', undefined, 'json'],
    ['application/*', undefined, 'json'],
    ['image/png', undefined, 'html'],
    ['application/json;q=0, */*;q=0.1', undefined, 'html'],
    ['text/html', 'linkset', 'linkset'],
    ['application/json', 'all', 'linkset'],
    ['application/json', 'gs1:pip', 'json'],
  ])('Accept %p, linkType %p: %s', (accept, linkType, expected) => {
    expect(chooseRepresentation(accept, linkType)).toBe(expected);
  });
});
