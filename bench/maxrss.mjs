// Peak-memory wrapper for bench/run.mjs when /usr/bin/time is not installed: runs a Node script in this
// process and, on exit, writes process.resourceUsage().maxRSS (KB) to a file.
//   node bench/maxrss.mjs <rss-file> <script.js> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
if (!rssFile || !script) {
  console.error('usage: node bench/maxrss.mjs <rss-file> <script.js> [args...]');
  process.exit(2);
}
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
// The script sees the argv it would see when run directly.
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
