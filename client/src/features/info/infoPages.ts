import content from './info.en.json';
import type { InfoPageSlug } from './infoSlugs';

export interface InfoPageContent {
  title: string;
  intro: string;
  sections: { heading: string; paragraphs: string[] }[];
}

// Typed: a page listed in infoSlugs.ts without text here fails the type check.
const pages: Record<InfoPageSlug, InfoPageContent> = content;

/** The text of a help or legal page (features/info/info.en.json): one component shows them all. */
export function infoPage(slug: InfoPageSlug): InfoPageContent {
  return pages[slug];
}
