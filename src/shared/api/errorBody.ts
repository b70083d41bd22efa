import { ERROR_PARAMS, issueSchema } from './errorParams';
import { LoketError, type ApiErrorBody } from './errors';

/**
 * A refusal's body as it leaves the office core, its params and issues checked against their declaration.
 * A mismatch is a bug in the code that threw: it is reported as internal rather than sent malformed.
 */
export function errorBody(error: LoketError): ApiErrorBody {
  const body = error.toBody();
  const schema = Object.hasOwn(ERROR_PARAMS, body.code) ? ERROR_PARAMS[body.code as keyof typeof ERROR_PARAMS] : null;
  const paramsOk = body.params === undefined || (schema !== null && schema.safeParse(body.params).success);
  const issuesOk = body.issues === undefined || body.issues.every((i) => issueSchema.safeParse(i).success);
  if (paramsOk && issuesOk) return body;
  console.error('[api] a refusal does not match its declaration', body);
  return new LoketError('internal', 'Unexpected error; nothing was changed. See the office core log.').toBody();
}
