import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorId, fieldId } from '../../../lib/fieldId';
import { IdempotencyKeyStore } from '../../../lib/idempotency';
import type { FieldErrors } from '../../../lib/problemDetails';
import { createCheckout } from '../api/createCheckout';
import type { Checkout } from '../api/getCheckout';
import type { PublicPlan } from '../api/getPublicPlan';
import type { UploadedAttachment } from '../api/uploadAttachment';
import { tokenizeCard, validateCard } from '../model/cardForm';
import {
  buildCheckoutRequest,
  createInitialValues,
  getFieldLabel,
  getFormRules,
  validateCheckoutForm,
  type CheckoutFormValues,
} from '../model/checkoutForm';
import { describeSubmitFailure } from '../model/submitErrors';
import { AddressFields } from './AddressFields';
import { AttachmentField } from './AttachmentField';
import { CardFields } from './CardFields';
import { CustomerFields } from './CustomerFields';
import { ErrorSummary } from './ErrorSummary';
import { LinkedPersonFields } from './LinkedPersonFields';
import { PaymentMethodFields } from './PaymentMethodFields';
import { TermsPreview } from './TermsPreview';

interface CheckoutFormProps {
  plan: PublicPlan;
  linkToken: string;
  onCompleted: (checkout: Checkout) => void;
}

/** Removes the errors of the given paths, so a field loses its error as soon as the user edits it. */
function withoutErrors(errors: FieldErrors, paths: string[]): FieldErrors {
  const remaining = { ...errors };
  for (const path of paths) {
    delete remaining[path];
  }
  return remaining;
}

/** Lists the error paths a change touches, e.g. { card: … } touches every "card.*" error. */
function touchedPaths(patch: Partial<CheckoutFormValues>, errors: FieldErrors): string[] {
  const prefixes = Object.keys(patch).map((key) => {
    if (key === 'card' || key === 'acceptedTerms' || key === 'linkedPerson') {
      return key;
    }
    if (key === 'paymentOption') {
      return 'payment';
    }
    if (key === 'attachments') {
      return 'attachmentIds';
    }
    return `customer.${key}`;
  });
  return Object.keys(errors).filter((path) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)));
}

export function CheckoutForm({ plan, linkToken, onCompleted }: CheckoutFormProps) {
  const [values, setValues] = useState(() => createInitialValues(plan));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summaryMessage, setSummaryMessage] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [isUploading, setIsUploading] = useState(false);
  // A ref, unlike state, blocks a second click that arrives before React re-renders.
  const submittingRef = useRef(false);
  const keyStore = useRef(new IdempotencyKeyStore()).current;

  const rules = getFormRules(plan, values);
  const selectedMethod = rules.selectedPayment?.method;
  const isInterBoleto = selectedMethod === 'boleto' && rules.selectedPayment?.provider === 'inter';

  function update(patch: Partial<CheckoutFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrors(current, touchedPaths(patch, current)));
  }

  // Updates from the current state, because uploads finish while the customer keeps editing the form.
  function addAttachment(attachment: UploadedAttachment) {
    setValues((current) => ({ ...current, attachments: [...current.attachments, attachment] }));
    setErrors((current) => withoutErrors(current, ['attachmentIds']));
  }

  function removeAttachment(attachmentId: string) {
    setValues((current) => ({ ...current, attachments: current.attachments.filter((item) => item.id !== attachmentId) }));
  }

  function showFailure(message: string | null, fieldErrors: FieldErrors) {
    setErrors(fieldErrors);
    setSummaryMessage(message);
    setFocusRequest((count) => count + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submittingRef.current) {
      return;
    }
    if (isUploading) {
      showFailure('Aguarde o envio dos arquivos terminar.', {});
      return;
    }

    const payingByCard = selectedMethod === 'card';
    const validationErrors = {
      ...validateCheckoutForm(values, rules),
      ...(payingByCard ? validateCard(values.card) : {}),
    };
    if (Object.keys(validationErrors).length > 0) {
      showFailure('Corrija os campos indicados.', validationErrors);
      return;
    }

    submittingRef.current = true;
    setIsSubmitting(true);
    setSummaryMessage(null);
    try {
      const cardToken = payingByCard ? await tokenizeCard(plan.cardTokenizer, values.card) : null;
      const request = buildCheckoutRequest(values, rules, cardToken);
      const idempotencyKey = keyStore.keyFor(JSON.stringify(request));
      const checkout = await createCheckout(linkToken, request, idempotencyKey);
      keyStore.reset();
      onCompleted(checkout);
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

  const termsErrors = errors.acceptedTerms;

  return (
    <form className="checkout-form" onSubmit={handleSubmit} noValidate aria-labelledby="checkout-form-title">
      <h2 id="checkout-form-title">Contratar</h2>

      <ErrorSummary
        message={summaryMessage}
        errors={errors}
        getLabel={(path) => getFieldLabel(path, values.kind)}
        focusRequest={focusRequest}
      />

      <CustomerFields values={values} rules={rules} errors={errors} onChange={update} />

      {values.kind === 'company' && (
        <LinkedPersonFields
          person={values.linkedPerson}
          errors={errors}
          onChange={(linkedPerson) => update({ linkedPerson })}
        />
      )}

      {rules.address.visible && (
        <AddressFields
          address={values.address}
          rule={rules.address}
          errors={errors}
          onChange={(address) => update({ address })}
          reason={isInterBoleto ? 'O boleto exige o endereço completo do pagador.' : undefined}
        />
      )}

      {rules.attachments.visible && (
        <AttachmentField
          linkToken={linkToken}
          rule={rules.attachments}
          maxBytes={plan.maxAttachmentBytes}
          attachments={values.attachments}
          errors={errors.attachmentIds}
          onAdd={addAttachment}
          onRemove={removeAttachment}
          onUploadingChange={setIsUploading}
        />
      )}

      <PaymentMethodFields
        options={plan.paymentOptions}
        selectedKey={values.paymentOption}
        errors={errors['payment.method']}
        onSelect={(paymentOption) => update({ paymentOption })}
      />

      {selectedMethod === 'card' && (
        <CardFields
          card={values.card}
          errors={errors}
          onChange={(card) => update({ card })}
          isSandbox={plan.cardTokenizer === 'sandbox'}
        />
      )}

      <div className="field field-checkbox">
        <label className="choice">
          <input
            id={fieldId('acceptedTerms')}
            type="checkbox"
            checked={values.acceptedTerms}
            onChange={(event) => update({ acceptedTerms: event.target.checked })}
            aria-invalid={termsErrors ? true : undefined}
            aria-describedby={termsErrors ? fieldErrorId('acceptedTerms') : undefined}
          />
          Li e aceito os termos
        </label>
        <TermsPreview linkToken={linkToken} />
        {termsErrors && (
          <p id={fieldErrorId('acceptedTerms')} className="field-error">
            {termsErrors.join(' ')}
          </p>
        )}
      </div>

      <button type="submit" className="button button-primary" disabled={isSubmitting} aria-busy={isSubmitting}>
        Contratar e pagar
      </button>
      {isSubmitting && (
        <p className="submit-status" role="status">
          Enviando…
        </p>
      )}
    </form>
  );
}
