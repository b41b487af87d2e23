/** Preloaded into child processes (`node -r`) to print their peak memory at exit when /usr/bin/time is missing. */
import { RSS_MARKER } from './rss-marker';

process.on('exit', () => {
  process.stderr.write(`${RSS_MARKER}${process.resourceUsage().maxRSS}\n`);
});
