import { errors } from '@strapi/utils';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A 400 whose details follow Strapi's `{ errors: [{ path, message }] }` shape, so the admin panel
 * shows each German message next to its field.
 */
export const invalidFields = (problems: FieldProblem[]) =>
  new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
    errors: problems.map(({ field, message }) => ({ path: [field], message, name: 'ValidationError' })),
  });
