import { describe, expect, it } from 'vitest';
import { actorLabel, auditActionLabels } from './labels';

describe('audit labels', () => {
  it('names the signature provider and the automatic sending', () => {
    expect(actorLabel('provider:d4sign')).toBe('D4Sign');
    expect(actorLabel('provider:efi')).toBe('EFI');
    expect(actorLabel('system')).toBe('Sistema (automático)');
    expect(actorLabel('user:0b7d9e61-3a52-4c8f-b1e4-7a2c5d9f8e13')).toBe('Equipe');
    expect(actorLabel('user:0b7d9e61-3a52-4c8f-b1e4-7a2c5d9f8e13', 'Joana Lima')).toBe('Equipe (Joana Lima)');
  });

  it('labels the signature steps', () => {
    expect(auditActionLabels['contract.signature-sent']).toBe('Enviado para assinatura');
    expect(auditActionLabels['contract.signed']).toBe('Contrato assinado');
  });
});
