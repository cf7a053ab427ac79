// Tools the install test and the benchmark fetch from the npm registry, kept in ~/.cache/application-packet
// (PACKET_TOOL_CACHE moves it) so a second run downloads nothing: Node binaries (the registry's
// node-<platform>-<arch> packages) and the package itself, packed and installed as a user gets it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const toolCache = process.env.PACKET_TOOL_CACHE ?? join(homedir(), '.cache', 'application-packet');

/** Run a command that must succeed; its stdout. */
export function must(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A registry package unpacked into the cache (its `package/` folder), fetched once. */
export function cachedPackage(spec, folder) {
  const dir = join(toolCache, folder);
  if (existsSync(join(dir, 'package.json'))) return dir;
  const tmp = mkdtempSync(join(tmpdir(), 'packet-dl-'));
  try {
    const [packed] = JSON.parse(must('npm', ['pack', spec, '--json', '--pack-destination', tmp], { cwd: tmp }));
    must('tar', ['xzf', join(tmp, packed.filename), '-C', tmp]);
    mkdirSync(join(dir, '..'), { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(tmp, 'package'), dir);
    return dir;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The `node` executable of this version, for this machine. */
export function nodeBinary(version) {
  const dir = cachedPackage(`node-${process.platform}-${process.arch}@${version}`, join('node', `${version}-${process.platform}-${process.arch}`));
  return join(dir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
}

/** `npm pack` of the project at `root` (its `prepack` builds first) into `dest`; the pack's JSON record. */
export function packProject(root, dest) {
  return JSON.parse(must('npm', ['pack', '--json', '--pack-destination', dest], { cwd: root })).at(-1);
}

/** An empty project folder with the tarball installed by npm, as a user does; `engines` checked for `nodeVersion`. */
export function installTarball(tarball, dir, nodeVersion) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'try-application-packet', private: true }, null, 2)}\n`);
  const args = ['install', '--no-audit', '--no-fund', tarball];
  // npm itself run by the Node under test, so that `engines` is checked against it (npm 11 dropped --node-version,
  // and warned about it on stderr); the npm that runs this script when it is an npm script, else the one on PATH.
  const npmCli = process.env.npm_execpath;
  if (nodeVersion && npmCli && /npm-cli\.js$/.test(npmCli)) {
    const node = nodeBinary(nodeVersion);
    const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}` };
    return spawnSync(node, [npmCli, ...args, '--engine-strict'], { cwd: dir, encoding: 'utf8', env });
  }
  return spawnSync('npm', args, { cwd: dir, encoding: 'utf8' });
}
