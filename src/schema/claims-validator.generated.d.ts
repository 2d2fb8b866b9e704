// Types for the generated validator (scripts/schema-validator.mjs).
import type { ErrorObject } from 'ajv';

export interface ClaimsValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: ClaimsValidator;
export default validate;
