import type { Em } from '../../db/orm.js';

/** A post's source as stored and shown: what the markdown pipeline gives, plus the people and posts it names. */
export interface RenderedPost {
  /** Sanitised HTML for members. */
  html: string;
  /** Sanitised HTML for anonymous readers of PUBLIC forums: mentions of people are plain text. */
  publicHtml: string;
  /** Plain text, for search and excerpts. */
  text: string;
  /** User ids of the members it mentions. */
  mentions: string[];
  /** Ids of the posts it quotes. */
  quotes: string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Stand-in until the shared markdown pipeline (core/content) is merged: the source as escaped paragraphs,
 * which is safe to show but renders no markdown. Everything else calls only this function.
 */
export async function renderPost(_em: Em, source: string): Promise<RenderedPost> {
  const html = source
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (c) => ESCAPES[c]!)}</p>`)
    .join('\n');
  return { html, publicHtml: html, text: source, mentions: [], quotes: [] };
}
