/** A run of an e-mail's text, or a link address that the history renders as a clickable anchor. */
export type EmailSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * Returns the address in normalized form when it is an absolute http or https URL. Any other scheme, such as
 * javascript:, data: or mailto:, and a relative address return null.
 */
export function webLinkAddress(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * Turns an e-mail's HTML body into the text a mail client would show, so the history reads as the message
 * instead of its markup: entities decoded, paragraphs and line breaks kept, and each link's address after
 * its text. Addresses with an http or https URL come back as link segments. DOMParser builds an inert
 * document, so nothing in the body runs or loads, and the segments carry only text and a checked URL.
 */
export function emailSegments(html: string): EmailSegment[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script, style').forEach((element) => element.remove());
  parsed.querySelectorAll('br').forEach((lineBreak) => lineBreak.replaceWith('\n'));
  parsed.querySelectorAll('a[href]').forEach(showLinkAddress);
  parsed.querySelectorAll('p, div, li, tr, h1, h2, h3').forEach((block) => block.append('\n\n'));
  return tidyWhitespace(collectSegments(parsed.body));
}

/** Returns the e-mail's body as plain text, which is the text of its emailSegments joined. */
export function emailText(html: string): string {
  return emailSegments(html)
    .map((segment) => segment.text)
    .join('');
}

/**
 * Writes a link's address after its text, as "text (address)", and moves the href onto that address, so
 * the history shows where the link leads and the visible address is what the admin clicks.
 */
function showLinkAddress(link: Element) {
  const address = link.getAttribute('href') ?? '';
  if (address === '' || address === link.textContent) {
    return;
  }
  const shownAddress = link.ownerDocument.createElement('a');
  shownAddress.setAttribute('href', address);
  shownAddress.textContent = address;
  link.removeAttribute('href');
  link.after(' (', shownAddress, ')');
}

function collectSegments(body: HTMLElement): EmailSegment[] {
  const segments: EmailSegment[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const anchor = node.parentElement?.closest('a[href]');
    const href = anchor ? webLinkAddress(anchor.getAttribute('href') ?? '') : null;
    const previous = segments.at(-1);
    if (previous?.kind === 'text' && href === null) {
      previous.text += text;
    } else if (previous?.kind === 'link' && previous.href === href) {
      previous.text += text;
    } else {
      segments.push(href === null ? { kind: 'text', text } : { kind: 'link', text, href });
    }
  }
  return segments;
}

/** Drops spaces before line breaks, keeps at most one blank line and trims the start and end of the whole body. */
function tidyWhitespace(segments: EmailSegment[]): EmailSegment[] {
  const tidied = segments.map((segment) => ({
    ...segment,
    text: segment.text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n'),
  }));
  while (tidied.length > 0 && tidied[0].text.trimStart() === '') {
    tidied.shift();
  }
  while (tidied.length > 0 && tidied[tidied.length - 1].text.trimEnd() === '') {
    tidied.pop();
  }
  if (tidied.length > 0) {
    tidied[0].text = tidied[0].text.trimStart();
    tidied[tidied.length - 1].text = tidied[tidied.length - 1].text.trimEnd();
  }
  return tidied.filter((segment) => segment.text !== '');
}
