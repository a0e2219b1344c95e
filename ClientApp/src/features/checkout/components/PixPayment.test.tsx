import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePayment } from '../../../test/fixtures';
import { PixPayment } from './PixPayment';

// Vitest imports CSS files as empty modules, so the test reads the style sheet from disk. The URL goes through
// a variable because Vitest rewrites `new URL(path, import.meta.url)` to resolve against an http address.
const testFileUrl = import.meta.url;
const styles = readFileSync(new URL('../../../styles.css', testFileUrl), 'utf8');

describe('PixPayment', () => {
  it('keeps the code of an overdue charge payable', () => {
    const payment = makePayment({ status: 'overdue', pixCopyPaste: '000201overdue' });

    render(<PixPayment payment={payment} />);

    expect(screen.getByText(/Pagamento em atraso/)).toBeInTheDocument();
    expect(screen.getByDisplayValue('000201overdue')).toBeInTheDocument();
  });

  it('wraps a long code instead of cutting it', () => {
    const code = `00020126580014br.gov.bcb.pix0136${'a1b2c3d4'.repeat(16)}5204000053039865802BR6304ABCD`;
    const payment = makePayment({ pixCopyPaste: code });
    const sheet = document.createElement('style');
    sheet.textContent = styles;
    document.head.append(sheet);

    render(<PixPayment payment={payment} />);

    const field = screen.getByLabelText('Pix copia e cola');
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveValue(code);
    expect(field).toHaveAttribute('readonly');
    expect(Number(field.getAttribute('rows'))).toBeGreaterThanOrEqual(Math.ceil(code.length / 40));
    expect(getComputedStyle(field).overflowWrap).toBe('anywhere');
    expect(getComputedStyle(field).wordBreak).not.toBe('break-all');
    expect(screen.getByRole('button', { name: 'Copiar código' })).toBeInTheDocument();
    sheet.remove();
  });

  it('hides the code once paid', () => {
    const payment = makePayment({ status: 'paid', pixCopyPaste: '000201paid' });

    render(<PixPayment payment={payment} />);

    expect(screen.getByText('Pagamento confirmado')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('000201paid')).not.toBeInTheDocument();
  });
});
