import { errors } from '@strapi/utils';

/** What the body parser (koa-body → co-body/raw-body) throws, as http-errors with a `type` or a JSON SyntaxError. */
interface BodyError {
  status?: number;
  type?: string;
  body?: unknown;
  name?: string;
}

const isBodyError = (error: unknown): error is BodyError => {
  if (!error || typeof error !== 'object') return false;
  const { status, type, body, name } = error as BodyError;
  if (typeof type === 'string' && /^(entity|request|encoding|charset|stream)\./.test(type)) return true;
  // co-body marks a body that is no JSON by adding the raw text to the SyntaxError.
  return name === 'SyntaxError' && status === 400 && body !== undefined;
};

/**
 * The request body parser answers in English (413 "request entity too large", 400 with a JSON
 * parser message). Placed just before `strapi::body`, this turns its errors into German ones;
 * every other error passes through unchanged.
 */
export const requestBody = () => async (_ctx: unknown, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error) {
    if (!isBodyError(error)) throw error;
    if (error.type === 'entity.too.large') {
      throw new errors.PayloadTooLargeError('Die Anfrage ist zu groß. Bitte lange Texte kürzen oder Bilder über die Medienbibliothek hochladen.');
    }
    if (error.status === 415 || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      throw new errors.ValidationError('Die Anfrage ist in einer nicht unterstützten Kodierung gesendet worden (erwartet: UTF-8, JSON).');
    }
    throw new errors.ValidationError('Die Anfrage konnte nicht gelesen werden: Der Inhalt ist kein gültiges JSON.');
  }
};
