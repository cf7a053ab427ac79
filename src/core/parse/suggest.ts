/** "Did you mean …?" for mistyped keys and ids. */

/** Edit distance where swapping two neighbouring letters counts as one edit (`emial` -> `email`). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const score = lc.startsWith(w) || w.startsWith(lc) ? Math.abs(lc.length - w.length) * 0.5 : editDistance(w, lc);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const allowed = Math.max(1, Math.floor(w.length / 3));
  return bestScore <= allowed ? best : undefined;
}

/** `a`, `a or b`, `a, b or c` with backticks. */
export function listOr(words: readonly string[]): string {
  const q = words.map((w) => `\`${w}\``);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
