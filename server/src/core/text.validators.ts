import { isSafeWebsite, nameProblem, normalisePhone } from '@strom/shared';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A name or title (shared rule): no control, zero-width or text-direction characters, and not blank unless
 * `blankClears` (an optional field, where blank text is stored as "none").
 */
export function IsName(options: ValidationOptions & { blankClears?: boolean } = {}): PropertyDecorator {
  const { blankClears = false, ...validation } = options;
  return ValidateBy(
    {
      name: 'isName',
      validator: {
        validate: (value: unknown) => {
          const problem = typeof value === 'string' ? nameProblem(value) : null;
          return problem === null || (problem === 'blank' && blankClears);
        },
        defaultMessage: (args) => {
          const problem = typeof args?.value === 'string' ? nameProblem(args.value) : null;
          return problem === 'blank'
            ? `${args?.property} cannot be empty`
            : `${args?.property} must not contain invisible or text-direction characters`;
        },
      },
    },
    validation,
  );
}

/** An http(s) address without user or password before the host (shared rule). */
export function IsWebsite(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWebsite',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isSafeWebsite(value.trim()),
        defaultMessage: (args) => `${args?.property} must be an http(s) URL without a user name or password`,
      },
    },
    options,
  );
}

/** A phone number with its country code (shared rule); the command stores its normalised form. `what` names it for the reader. */
export function IsPhone(what: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || normalisePhone(value) !== null,
        defaultMessage: () => `Enter the ${what} with its country code, such as +371 6700 0000`,
      },
    },
    options,
  );
}
