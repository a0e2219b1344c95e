import { describe, expect, it } from 'vitest';
import { emailText } from './emailText';

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
