import { describe, expect, it } from 'vitest';
import { invitationMessage } from './ClientAreaInvite';

describe('client-area invitation message', () => {
  it('confirms a sent invitation', () => {
    expect(invitationMessage('sent', 'ana@example.com')).toEqual({
      text: 'Convite enviado para ana@example.com. O link vale por um dia.',
      error: false,
    });
  });

  it('says a recorded invitation reached nobody', () => {
    const message = invitationMessage('recorded', 'ana@example.com');

    expect(message.error).toBe(true);
    expect(message.text).toContain('não foi enviado');
  });

  it('asks to check the address after a failure', () => {
    const message = invitationMessage('failed', 'ana@example.com');

    expect(message.error).toBe(true);
    expect(message.text).toContain('falhou');
  });
});
