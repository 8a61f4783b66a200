import { errors } from '@strapi/utils';

export interface FieldProblem {
  field: string;
  message: string;
  /** Where the admin shows the message when it is not the field itself, e.g. ['agenda', '0', 'title']. */
  path?: string[];
}

/**
 * A 400 whose details follow Strapi's `{ errors: [{ path, message }] }` shape, so the admin panel
 * shows each German message next to its field.
 */
export const invalidFields = (problems: FieldProblem[]) =>
  new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
    errors: problems.map(({ field, path, message }) => ({ path: path ?? [field], message, name: 'ValidationError' })),
  });
