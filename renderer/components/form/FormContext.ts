import { createContext, useContext } from 'react';
import type { FieldErrors } from './FieldErrors';
import { NO_ERRORS } from './FieldErrors';

/** The errors of the form a field sits in, and an id prefix unique to that form. */
export interface FormScope {
  formId: string;
  errors: FieldErrors;
}

export const FormContext = createContext<FormScope>({ formId: 'form', errors: NO_ERRORS });

export function useFormScope(): FormScope {
  return useContext(FormContext);
}
