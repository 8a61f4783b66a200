import type { Core } from '@strapi/strapi';
import type { FrozenReportBody, Period, ReportSummary, ReportVersion } from '@verbund/domain/contract';
import { REPORT_VERSION_UID } from '../constants';

/** What the analytics service sends to freeze a report. */
export interface NewReportVersion {
  title: string;
  period: Period;
  createdBy: string;
  snapshotAt: string;
  body: FrozenReportBody;
}

/** `frozenBy` in the schema: Strapi reserves `createdBy` for the admin user who created an entry. */
interface StoredVersion {
  id: number;
  title: string;
  period: Period;
  frozenBy: string;
  snapshotAt: string | Date;
  createdAt: string | Date;
  body?: FrozenReportBody;
}

const SUMMARY_FIELDS = ['title', 'period', 'frozenBy', 'snapshotAt', 'createdAt'];

const iso = (value: string | Date) => new Date(value).toISOString();

const summaryOf = (row: StoredVersion): ReportSummary => ({
  id: row.id,
  title: row.title,
  period: row.period,
  createdAt: iso(row.createdAt),
  createdBy: row.frozenBy,
  snapshotAt: iso(row.snapshotAt),
});

/**
 * Frozen report versions in the CMS database: created through the document service (its field
 * validation checks the body against the analytics contract), never changed (immutable-reports.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(REPORT_VERSION_UID as never) as any;
  return {
    async create(input: NewReportVersion): Promise<ReportSummary> {
      const created = (await documents().create({
        data: {
          title: input.title,
          periodKey: input.period?.key,
          period: input.period,
          frozenBy: input.createdBy,
          snapshotAt: input.snapshotAt,
          body: input.body,
        },
        fields: SUMMARY_FIELDS,
      })) as StoredVersion;
      return summaryOf(created);
    },

    /** Newest first; without the bodies, which can be megabytes each. */
    async list(): Promise<ReportSummary[]> {
      const rows = (await documents().findMany({ fields: SUMMARY_FIELDS, sort: [{ createdAt: 'desc' }, { id: 'desc' }] })) as StoredVersion[];
      return rows.map(summaryOf);
    },

    async find(id: number): Promise<ReportVersion | null> {
      const row = (await documents().findFirst({ filters: { id }, fields: [...SUMMARY_FIELDS, 'body'] })) as StoredVersion | null;
      return row ? { ...summaryOf(row), ...row.body! } : null;
    },
  };
};
