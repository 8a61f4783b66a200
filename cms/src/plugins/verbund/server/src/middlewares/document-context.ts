import type { Core } from '@strapi/strapi';
import type { Schema } from '../utils/schema';

/** What Strapi's document service hands each middleware (`strapi.documents.use`). */
export interface DocumentContext {
  uid: string;
  action: string;
  contentType: Schema;
  params: { documentId?: string; data?: Record<string, unknown>; status?: string; [key: string]: unknown };
}

export type Next = () => Promise<unknown>;

export type DocumentMiddleware = (context: DocumentContext, next: Next) => Promise<unknown>;

/** The stored record a write changes (its draft for draft & publish types), or null on create. */
export const findCurrent = (strapi: Core.Strapi, context: DocumentContext) => {
  const { documentId } = context.params;
  if (!documentId) return Promise.resolve(null);
  const where: Record<string, unknown> = { documentId };
  if (context.contentType.options?.draftAndPublish) where.publishedAt = null;
  return strapi.db.query(context.uid as never).findOne({ where }) as Promise<Record<string, unknown> | null>;
};

export const isWrite = (context: DocumentContext) => context.action === 'create' || context.action === 'update';
