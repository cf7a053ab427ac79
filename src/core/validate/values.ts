/** Checks of single values: web addresses and email addresses. */

/** Why a link is not one a reviewer can open, or undefined when it is. */
export function checkLink(link: string): 'not-url' | 'scheme' | 'host' | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return 'not-url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'host';
  return undefined;
}

/** Whether an email address looks deliverable: one @, a dot in the domain, no spaces or brackets. */
export function checkEmail(email: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/.test(email.trim());
}
