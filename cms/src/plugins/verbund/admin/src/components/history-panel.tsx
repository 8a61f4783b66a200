import { LinkButton } from '@strapi/design-system';
import { ClockCounterClockwise } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { AUDIT_READ_ACTION } from '../../../server/src/audit/permissions';
import { isVerbundUid } from '../../../server/src/constants';
import { AUDIT_PAGE_PATH, TEXTS } from '../texts';

const READ = [{ action: AUDIT_READ_ACTION, subject: null }];

/**
 * A side panel in the edit view of every saved verbund record: a link to its history on the
 * „Änderungsprotokoll“ page, for those who may read the trail.
 */
export const historyPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  const { allowedActions, isLoading } = useRBAC(READ);
  if (!isVerbundUid(model) || !documentId || isLoading || !allowedActions.canRead) return null;
  return {
    title: TEXTS.panel.defaultMessage,
    content: (
      <LinkButton tag={Link} to={`/${AUDIT_PAGE_PATH}?documentId=${encodeURIComponent(documentId)}`} variant="secondary" startIcon={<ClockCounterClockwise />} fullWidth>
        Verlauf dieses Eintrags
      </LinkButton>
    ),
  };
};
