import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePayment } from '../../../test/fixtures';
import { PixPayment } from './PixPayment';

describe('PixPayment', () => {
  it('keeps the code of an overdue charge payable', () => {
    const payment = makePayment({ status: 'overdue', pixCopyPaste: '000201overdue' });

    render(<PixPayment payment={payment} />);

    expect(screen.getByText(/Pagamento em atraso/)).toBeInTheDocument();
    expect(screen.getByDisplayValue('000201overdue')).toBeInTheDocument();
  });

  it('hides the code once paid', () => {
    const payment = makePayment({ status: 'paid', pixCopyPaste: '000201paid' });

    render(<PixPayment payment={payment} />);

    expect(screen.getByText('Pagamento confirmado')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('000201paid')).not.toBeInTheDocument();
  });
});
