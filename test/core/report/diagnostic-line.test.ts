/** One problem, one line: what the terminal and the text report print for a diagnostic. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';

describe('formatDiagnostic', () => {
  it('keeps a value with line breaks on one line (before: a referee email from a `|` block split the line in three)', () => {
    const line = formatDiagnostic({ severity: 'error', code: 'referee.email', message: '"mikko.korhonen@\nexample.fi\n" is not a valid email address', hint: 'Write it as\r\nname@examples.fi', file: 'm.yaml', line: 9, col: 14 });
    expect(line).toBe('m.yaml:9:14 error referee.email  "mikko.korhonen@ ⏎ example.fi ⏎ " is not a valid email address.  hint: Write it as ⏎ name@examples.fi.');
  });
});
