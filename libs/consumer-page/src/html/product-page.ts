import { PageLanguage } from '../language/languages';
import { localised } from '../language/localised';
import { ProductStory } from '../story/product-story';
import { escapeHtml } from './escape';
import { formatterFor } from './format';
import { pageShell } from './page-shell';
import { placeHtml } from './story-parts';

/** The page of a GTIN alone (`/01/{gtin}`): the product, and links to the story of each of its latest lots. */
export function renderProductPage(story: ProductStory, lang: PageLanguage, path: string): string {
  const f = formatterFor(lang);
  const m = f.m;
  const title = localised(story.product.names, lang)?.text ?? story.product.id;
  const lots = story.lots.map(
    (l) =>
      `<li><a href="${escapeHtml(path)}/10/${escapeHtml(encodeURIComponent(l.lotId))}?lang=${lang}">${f.t(m.lot)} <code>${escapeHtml(l.lotId)}</code></a>` +
      ` · ${f.date(l.date)}${l.village ? ` · ${placeHtml(f, l.village, 0)}` : ''}</li>`,
  );
  const body =
    `<h1>${f.name(story.product.names, story.product.id)}</h1>` +
    `<p class="code">${f.term(m.categories, story.product.category)} · ${f.t(m.gtin)} <code>${escapeHtml(story.code.gtin)}</code></p>` +
    `<p>${f.t(m.productIntro)}</p>` +
    `<section id="lots" aria-labelledby="lots-h"><h2 id="lots-h">${f.t(m.recentLots)}</h2>` +
    (lots.length > 0 ? `<ul>${lots.join('')}</ul>` : `<p>${f.t(m.noLots)}</p>`) +
    `</section>`;
  return pageShell({ lang, title: m.pageTitle.replace('{product}', title), body, path, linksetHref: `${path}?linkType=linkset` });
}
