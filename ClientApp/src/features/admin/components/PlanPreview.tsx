import { CheckoutForm } from '../../checkout/components/CheckoutForm';
import { OfferCard } from '../../checkout/components/OfferCard';
import { previewPlan, type PlanFormValues } from '../model/planForm';

/**
 * Renders the public checkout page for the form's current values with the checkout's own components.
 * The copy is inert, so nothing in it can be focused or submitted.
 */
export function PlanPreview({ values, tenantName }: { values: PlanFormValues; tenantName: string }) {
  const plan = previewPlan(values, tenantName);
  // The checkout form reads the plan only when it mounts, so a new key remounts it when the settings change.
  const formKey = JSON.stringify([plan.form, plan.paymentOptions]);

  return (
    <section className="plan-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Prévia da página pública</h2>
      <div className="plan-preview-frame" inert data-testid="plan-preview">
        <p className="tenant-name">{plan.tenantName}</p>
        <OfferCard plan={plan} />
        <CheckoutForm key={formKey} plan={plan} linkToken="preview" onCompleted={() => undefined} />
      </div>
    </section>
  );
}
