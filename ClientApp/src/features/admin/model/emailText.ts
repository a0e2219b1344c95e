/**
 * Turns an e-mail's HTML body into the text a mail client would show, so the history reads as the message
 * instead of its markup: entities decoded, paragraphs and line breaks kept, and each link's address after
 * its text. DOMParser builds an inert document, so nothing in the body runs or loads.
 */
export function emailText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script, style').forEach((element) => element.remove());
  parsed.querySelectorAll('br').forEach((lineBreak) => lineBreak.replaceWith('\n'));
  parsed.querySelectorAll('a[href]').forEach((link) => {
    const address = link.getAttribute('href') ?? '';
    if (address !== '' && address !== link.textContent) {
      link.append(` (${address})`);
    }
  });
  parsed.querySelectorAll('p, div, li, tr, h1, h2, h3').forEach((block) => block.append('\n\n'));
  return (parsed.body.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
