import { ApiError, NetworkError } from '../../../lib/http';
import { hasProblemType, type FieldErrors } from '../../../lib/problemDetails';
import { cardFieldPaths, CardTokenizerUnavailableError } from './cardForm';

export interface SubmitFailure {
  /** Messages to show next to fields, keyed by the path of the field that displays them. */
  fieldErrors: FieldErrors;
  /** Message for the summary at the top of the form. */
  message: string;
  /** True when the server may have processed the request, so a retry must send the same Idempotency-Key. */
  keepIdempotencyKey: boolean;
}

/** Server error paths that have no input of their own, mapped to the field that shows them. */
const displayPathByServerPath: Record<string, string> = {
  'payment.cardToken': cardFieldPaths.number,
  cardToken: cardFieldPaths.number,
  'payment.provider': 'payment.method',
  payment: 'payment.method',
  method: 'payment.method',
};

/** Moves server errors onto the fields that display them and merges messages that land on the same field. */
export function mapServerErrors(errors: FieldErrors | undefined): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors ?? {})) {
    // "attachmentIds[2]" names one file, but the form shows every file error under the one file field.
    const displayPath = path.startsWith('attachmentIds[') ? 'attachmentIds' : (displayPathByServerPath[path] ?? path);
    result[displayPath] = [...(result[displayPath] ?? []), ...messages];
  }
  return result;
}

export const paymentUnavailableMessage = 'Serviço de pagamento indisponível, tente novamente em instantes';

/** Explains why a checkout or payment request failed and whether its Idempotency-Key stays valid. */
export function describeSubmitFailure(error: unknown): SubmitFailure {
  if (error instanceof CardTokenizerUnavailableError) {
    return {
      fieldErrors: {},
      message: 'Pagamento com cartão indisponível neste link. Escolha outra forma de pagamento.',
      keepIdempotencyKey: false,
    };
  }

  if (error instanceof NetworkError) {
    return {
      fieldErrors: {},
      message: 'Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.',
      keepIdempotencyKey: true,
    };
  }

  if (!(error instanceof ApiError)) {
    return { fieldErrors: {}, message: 'Erro inesperado. Tente novamente.', keepIdempotencyKey: true };
  }

  const { status, problem } = error;

  if (status === 503) {
    return { fieldErrors: {}, message: paymentUnavailableMessage, keepIdempotencyKey: true };
  }
  if (status === 409 && hasProblemType(problem, 'idempotency-key-reused')) {
    // The key belongs to a request with other data, so only a new key can go through.
    return {
      fieldErrors: {},
      message: problem.detail ?? 'Os dados mudaram desde a última tentativa. Envie novamente.',
      keepIdempotencyKey: false,
    };
  }
  if (status === 409 || status === 429 || status >= 500) {
    // 409: a request with this key is still running; 429 and 5xx may have been processed.
    return {
      fieldErrors: {},
      message: problem.detail ?? 'Não foi possível concluir agora. Aguarde alguns segundos e tente novamente.',
      keepIdempotencyKey: true,
    };
  }
  if (status === 404) {
    return {
      fieldErrors: {},
      message: 'Link não encontrado. Ele pode ter expirado ou sido desativado.',
      keepIdempotencyKey: false,
    };
  }
  if (status === 403 && hasProblemType(problem, 'feature-unavailable')) {
    return { fieldErrors: {}, message: 'Contratação online indisponível.', keepIdempotencyKey: false };
  }

  const fieldErrors = mapServerErrors(problem.errors);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return {
    fieldErrors,
    message: hasFieldErrors
      ? 'Corrija os campos indicados e envie novamente.'
      : (problem.detail ?? problem.title ?? 'Não foi possível concluir a contratação.'),
    keepIdempotencyKey: false,
  };
}
