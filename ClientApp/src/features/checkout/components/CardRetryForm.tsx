import { useRef, useState, type FormEvent } from 'react';
import { IdempotencyKeyStore } from '../../../lib/idempotency';
import type { FieldErrors } from '../../../lib/problemDetails';
import type { Checkout } from '../api/getCheckout';
import { retryCheckoutPayment, type RetryPaymentRequest } from '../api/retryCheckoutPayment';
import { emptyCard, tokenizeCard, validateCard, type CardValues } from '../model/cardForm';
import { getFieldLabel } from '../model/checkoutForm';
import { describeSubmitFailure } from '../model/submitErrors';
import { CardFields } from './CardFields';
import { ErrorSummary } from './ErrorSummary';

interface CardRetryFormProps {
  checkoutId: string;
  cardTokenizer: string | null;
  onUpdated: (checkout: Checkout) => void;
}

/** Pays a declined checkout again with another card, or the same card after fixing its data. */
export function CardRetryForm({ checkoutId, cardTokenizer, onUpdated }: CardRetryFormProps) {
  const [card, setCard] = useState<CardValues>(emptyCard);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summaryMessage, setSummaryMessage] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const submittingRef = useRef(false);
  const keyStore = useRef(new IdempotencyKeyStore()).current;

  function showFailure(message: string, fieldErrors: FieldErrors) {
    setErrors(fieldErrors);
    setSummaryMessage(message);
    setFocusRequest((count) => count + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submittingRef.current) {
      return;
    }
    const validationErrors = validateCard(card);
    if (Object.keys(validationErrors).length > 0) {
      showFailure('Corrija os dados do cartão.', validationErrors);
      return;
    }

    submittingRef.current = true;
    setIsSubmitting(true);
    setSummaryMessage(null);
    try {
      const request: RetryPaymentRequest = { method: 'card', cardToken: await tokenizeCard(cardTokenizer, card) };
      const idempotencyKey = keyStore.keyFor(JSON.stringify(request));
      const checkout = await retryCheckoutPayment(checkoutId, request, idempotencyKey);
      // The server has decided this attempt, so the next one gets a new key even with the same card.
      keyStore.reset();
      setErrors({});
      onUpdated(checkout);
      if (checkout.payment?.status === 'declined') {
        // The page looks the same after another refusal, so the form reports it and drops the refused card's number and CVV.
        setCard((current) => ({ ...current, number: '', cvv: '' }));
        // The page shows the refusal's reason above the form, so the form does not repeat it.
        showFailure('A nova tentativa também foi recusada. Confira os dados ou use outro cartão.', {});
      }
    } catch (error) {
      const failure = describeSubmitFailure(error);
      if (!failure.keepIdempotencyKey) {
        keyStore.reset();
      }
      showFailure(failure.message, failure.fieldErrors);
    } finally {
      submittingRef.current = false;
      setIsSubmitting(false);
    }
  }

  return (
    <form className="retry-form" onSubmit={handleSubmit} noValidate aria-label="Tentar novamente com outro cartão">
      <ErrorSummary
        message={summaryMessage}
        errors={errors}
        getLabel={(path) => getFieldLabel(path, 'person')}
        focusRequest={focusRequest}
      />
      <CardFields
        card={card}
        errors={errors}
        onChange={(next) => {
          setCard(next);
          setErrors({});
        }}
        isSandbox={cardTokenizer === 'sandbox'}
      />
      <button type="submit" className="button button-primary" disabled={isSubmitting} aria-busy={isSubmitting}>
        Tentar novamente
      </button>
    </form>
  );
}
