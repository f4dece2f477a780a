/**
 * The general vocabulary of web page furniture: words that sites of every kind put around an
 * article (sharing, comments, cookie notices, disclaimers, lists of links). Lists of common web
 * conventions, not of any one site's words; each is matched only where its shape fits too (a
 * short line, a heading before a list), so that an article about copyright or cookies stays an
 * article.
 */

/** Phrases that make a block of any length boilerplate: they say nothing else. */
export const BOILERPLATE_PHRASES = [
  'all rights reserved', 'do not necessarily reflect', 'does not necessarily reflect', 'not necessarily reflect the',
  'views expressed', 'the views and opinions', 'will not be published', 'required fields are marked', 'comments are closed',
  'terms of use', 'terms of service', 'terms and conditions', 'privacy policy', 'cookie policy', 'use of cookies', 'uses cookies',
  'enable javascript', 'javascript is disabled', 'javascript is required', 'this material may not be published',
  'may not be reproduced', 'without prior written permission', 'sign up for our newsletter', 'subscribe to our newsletter',
  'click here to', 'add to favorites', 'add to favourites', 'skip to content', 'skip to main content', 'back to top',
  'share this article', 'share this story', 'follow us on', 'download our app', 'report an error', 'originally published',
];

/** Words that make a short line (a handful of words) boilerplate: navigation, sharing, notices. */
export const BOILERPLATE_WORDS = new Set([
  'advertisement', 'advertising', 'sponsored', 'share', 'shares', 'tweet', 'print', 'email', 'e-mail', 'menu', 'home', 'search',
  'subscribe', 'login', 'log', 'sign', 'register', 'newsletter', 'cookies', 'copyright', 'loading', 'wait', 'favorites',
  'favourites', 'bookmark', 'whatsapp', 'facebook', 'twitter', 'telegram', 'instagram', 'youtube', 'linkedin', 'rss',
  'script', 'javascript', 'disclaimer', 'comments', 'comment', 'reply', 'tags', 'categories', 'category', 'archives',
]);

/** Headings of lists of other articles: the list after one is not the article, the text after it may be. */
export const LIST_HEADING =
  /^(?:related|recent|popular|trending|latest|more (?:from|on|stories|news|articles|in)|top stories|most (?:read|popular|viewed|shared|watched)|you (?:may|might) also|read more|see also|further reading|recommended|editor'?s (?:picks|choice)|also read|also on|other news|in other news|share this)/iu;

/** Headings of the comments under an article: everything from one on is not the article. */
export const COMMENTS_HEADING = /^(?:comments?\b|\d+ comments?|leave a (?:reply|comment)|post (?:your|a) comments?|add (?:your|a) comment|have your say|join the (?:discussion|conversation))/iu;
