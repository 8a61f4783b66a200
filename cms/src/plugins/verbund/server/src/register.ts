import type { Core } from '@strapi/strapi';
import { buildComponents } from './components';
import { documentRules } from './middlewares/document-rules';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('components').add(buildComponents());
  strapi.documents.use(documentRules({ strapi }) as never);
};

export default register;
