import { describe, expect, it } from 'vitest';
import { emailSegments, emailText, webLinkAddress } from './emailText';

describe('emailText', () => {
  it('decodes entities and keeps paragraphs', () => {
    const html = '<p>Olá, Fernanda Ara&#250;jo!</p><p>Recebemos o pagamento do plano <b>Escrit&#243;rio virtual</b>.</p>';

    expect(emailText(html)).toBe('Olá, Fernanda Araújo!\n\nRecebemos o pagamento do plano Escritório virtual.');
  });

  it('keeps line breaks and shows link addresses', () => {
    const html = '<p>Acesse a <a href="https://exemplo.test/client">Área do Cliente</a><br>Equipe Demo</p>';

    expect(emailText(html)).toBe('Acesse a Área do Cliente (https://exemplo.test/client)\nEquipe Demo');
  });

  it('leaves out scripts and styles', () => {
    const html = '<style>p { color: red }</style><p>Oi</p><script>alert(1)</script>';

    expect(emailText(html)).toBe('Oi');
  });
});

describe('emailSegments', () => {
  it('returns web link addresses as links', () => {
    const html = '<p>Acesse a <a href="https://exemplo.test/client">Área do Cliente</a>.</p>';

    expect(emailSegments(html)).toEqual([
      { kind: 'text', text: 'Acesse a Área do Cliente (' },
      { kind: 'link', text: 'https://exemplo.test/client', href: 'https://exemplo.test/client' },
      { kind: 'text', text: ').' },
    ]);
  });

  it('links an address shown as its own text', () => {
    const html = '<p>Boleto em PDF: <a href="http://banco.test/boleto.pdf">http://banco.test/boleto.pdf</a></p>';

    expect(emailSegments(html)).toEqual([
      { kind: 'text', text: 'Boleto em PDF: ' },
      { kind: 'link', text: 'http://banco.test/boleto.pdf', href: 'http://banco.test/boleto.pdf' },
    ]);
  });

  it('keeps other schemes as text', () => {
    const html =
      '<p><a href="javascript:alert(1)">Clique</a> <a href="mailto:contato@demo.test">Escreva</a> <a href="/client">Entrar</a></p>';

    expect(emailSegments(html)).toEqual([
      { kind: 'text', text: 'Clique (javascript:alert(1)) Escreva (mailto:contato@demo.test) Entrar (/client)' },
    ]);
  });

  it('returns an empty list for an empty body', () => {
    expect(emailSegments('<p> </p><br>')).toEqual([]);
  });
});

describe('webLinkAddress', () => {
  it.each([
    ['https://exemplo.test/a?b=1', 'https://exemplo.test/a?b=1'],
    ['HTTP://Exemplo.test', 'http://exemplo.test/'],
    [' https://exemplo.test/ ', 'https://exemplo.test/'],
  ])('accepts %j', (address, expected) => {
    expect(webLinkAddress(address)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,oi', 'mailto:a@b.test', '/client', '//exemplo.test', ''])(
    'rejects %j',
    (address) => {
      expect(webLinkAddress(address)).toBeNull();
    },
  );
});
