/** Marker that precedes a child's max RSS (kilobytes) on its stderr, printed by report-rss at exit. */
export const RSS_MARKER = 'chitieu-bench maxRssKb=';
