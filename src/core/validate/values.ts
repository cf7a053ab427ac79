/** Checks of single values: web addresses and email addresses. */

export function checkLink(link: string): { message: string; hint: string } | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { message: `"${link}" is not a web address`, hint: 'write the full address, starting with https://' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      message: `"${link}" is not a web address a reviewer can open: only http:// and https:// links work`,
      hint: 'upload the file somewhere that gives an https:// link, or include the PDF itself',
    };
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { message: `"${link}" has no proper host name`, hint: 'write the full address, e.g. https://example.org/thesis.pdf' };
  }
  return undefined;
}

/** A problem with an email address, as a sentence end ("is not ..."), or undefined. */
export function checkEmail(email: string): string | undefined {
  const e = email.trim();
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/.test(e)) return `"${email}" is not a valid email address`;
  return undefined;
}
