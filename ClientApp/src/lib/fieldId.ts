/** Returns the DOM id of the input for an error path, e.g. "customer.address.city" → "field-customer-address-city". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function fieldErrorId(path: string): string {
  return `${fieldId(path)}-error`;
}
