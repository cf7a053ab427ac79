// Peak-memory wrapper for bench/run.mjs when /usr/bin/time is not installed: runs a Node script in this
// process and, on exit, writes process.resourceUsage()'s maxRSS (KB) and CPU seconds to a file.
//   node bench/maxrss.mjs <rss-file> <script.js> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
if (!rssFile || !script) {
  console.error('usage: node bench/maxrss.mjs <rss-file> <script.js> [args...]');
  process.exit(2);
}
process.on('exit', () => {
  const u = process.resourceUsage();
  // The same shape as `/usr/bin/time -f '%M %U %S'`: max RSS in KB, user and system CPU in seconds.
  writeFileSync(rssFile, `${u.maxRSS} ${(u.userCPUTime / 1e6).toFixed(2)} ${(u.systemCPUTime / 1e6).toFixed(2)}`);
});
// The script sees the argv it would see when run directly.
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
