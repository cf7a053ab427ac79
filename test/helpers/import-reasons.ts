/** Review reasons of `packet profile import` that several tests expect word for word. */

/** The mark on a deadline with a time and no zone (`2027-01-15T17:00`), with the zone it offers as an example. */
export function localTimeReason(date: string, time: string, example = `${date} ${time} America/New_York for an employer in New York, or Europe/London for one in London`): string {
  return `the posting gives the time (${time}) but no time zone: it means the employer's local time, but \`validate\` and \`build\` read ${date}T${time} in your computer's time zone, hours off if you are elsewhere; write the employer's zone, e.g. ${example}`;
}
