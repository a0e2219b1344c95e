import { TextField } from '../../../components/TextField';
import { maskCpf } from '../../../lib/masks';
import type { FieldErrors } from '../../../lib/problemDetails';
import type { CheckoutFormValues } from '../model/checkoutForm';

type LinkedPersonValues = CheckoutFormValues['linkedPerson'];

interface LinkedPersonFieldsProps {
  person: LinkedPersonValues;
  errors: FieldErrors;
  onChange: (person: LinkedPersonValues) => void;
}

/** Renders the fields of the person responsible for a company customer. */
export function LinkedPersonFields({ person, errors, onChange }: LinkedPersonFieldsProps) {
  const update = (patch: Partial<LinkedPersonValues>) => onChange({ ...person, ...patch });

  return (
    <fieldset>
      <legend>Responsável</legend>
      <p className="fieldset-hint">Pessoa física que responde pela empresa neste contrato.</p>
      <TextField
        path="linkedPerson.name"
        label="Nome do responsável"
        value={person.name}
        onValueChange={(name) => update({ name })}
        errors={errors['linkedPerson.name']}
        autoComplete="off"
      />
      <TextField
        path="linkedPerson.document"
        label="CPF do responsável"
        value={person.document}
        onValueChange={(value) => update({ document: maskCpf(value) })}
        errors={errors['linkedPerson.document']}
        inputMode="numeric"
        placeholder="000.000.000-00"
        autoComplete="off"
      />
      <TextField
        path="linkedPerson.email"
        label="E-mail do responsável"
        type="email"
        value={person.email}
        onValueChange={(email) => update({ email })}
        errors={errors['linkedPerson.email']}
        inputMode="email"
        autoComplete="off"
      />
    </fieldset>
  );
}
