import { useEffect, useState, type FormEvent } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { AUDIT_ACTION } from '@verbund/domain';
import type { AuditEntry, AuditLogPage } from '@verbund/domain/contract';
import contentTypes from '../../../server/src/content-types';
import { TYPE_NAMES, type TypeName } from '../../../server/src/constants';
import { formatInstant, formatNew, formatOld } from '../../../server/src/audit/format-value';
import { AUDIT_READ_ACTION } from '../../../server/src/audit/permissions';

const FILTERS = ['contentType', 'documentId', 'actor', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
const PAGE_SIZE = 25;
const ALL = '';

const typeLabel = (type: string) => (contentTypes as Record<string, { schema: { info: { displayName: string } } }>)[type]?.schema.info.displayName ?? type;

const filtersOf = (params: URLSearchParams): Filters => Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;

/** The request's query: the filters that are set, and the page. */
const queryOf = (filters: Filters, page: number) => ({ ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)), page: String(page), pageSize: String(PAGE_SIZE) });

const ChangeList = ({ entry }: { entry: AuditEntry }) =>
  entry.changes.length === 0 ? (
    <Typography textColor="neutral600">–</Typography>
  ) : (
    <Box tag="ul">
      {entry.changes.map((change) => (
        <Box tag="li" key={change.field} paddingBottom={1}>
          <Typography fontWeight="semiBold">{change.label}:</Typography>{' '}
          <Typography>{change.redacted ? 'geändert' : `${formatOld(entry.contentType, change) || '(leer)'} → ${formatNew(entry.contentType, change) || '(leer)'}`}</Typography>
        </Box>
      ))}
    </Box>
  );

/** „Änderungsprotokoll“: who changed which record when, filterable, paginated, exportable as CSV. */
const AuditLogPageView = () => {
  const { get } = useFetchClient();
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<Filters>(applied);
  const [result, setResult] = useState<AuditLogPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = params.toString();

  useEffect(() => {
    setDraft(filtersOf(params));
    let current = true;
    setError(null);
    get<AuditLogPage>('/verbund/audit-log', { params: queryOf(filtersOf(params), page) })
      .then(({ data }) => current && setResult(data))
      .catch((failure: { response?: { data?: { error?: { message?: string } } } }) => {
        if (current) setError(failure.response?.data?.error?.message ?? 'Das Änderungsprotokoll konnte nicht geladen werden.');
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const apply = (filters: Filters, nextPage = 1) => setParams({ ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)), ...(nextPage > 1 ? { page: String(nextPage) } : {}) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  const download = async () => {
    const { data } = await get<Blob>('/verbund/audit-log.csv', { params: Object.fromEntries(Object.entries(applied).filter(([, value]) => value)), responseType: 'blob' });
    const url = URL.createObjectURL(data);
    const link = document.createElement('a');
    link.href = url;
    link.download = `aenderungsprotokoll-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const text = (name: keyof Filters, label: string, type = 'text', hint?: string) => (
    <Field.Root name={name} id={`audit-${name}`} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput type={type} value={draft[name]} onChange={(event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value })} />
      <Field.Hint />
    </Field.Root>
  );

  const select = (name: 'contentType' | 'action', label: string, options: Array<[string, string]>) => (
    <Field.Root name={name} id={`audit-${name}`}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={draft[name]} onChange={(value: string | number) => setDraft({ ...draft, [name]: String(value) })}>
        <SingleSelectOption value={ALL}>Alle</SingleSelectOption>
        {options.map(([value, optionLabel]) => (
          <SingleSelectOption key={value} value={value}>
            {optionLabel}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );

  const pagination = result?.pagination;
  return (
    <Page.Main>
      <Page.Title>Änderungsprotokoll</Page.Title>
      <Layouts.Header
        title="Änderungsprotokoll"
        subtitle="Wer hat wann welchen Eintrag angelegt, geändert, veröffentlicht oder gelöscht. Notizen und personenbezogene Angaben erscheinen nur als „geändert“."
        primaryAction={
          <Button startIcon={<Download />} variant="secondary" onClick={() => void download()}>
            Als CSV herunterladen
          </Button>
        }
      />
      <Layouts.Content>
        <Box tag="form" onSubmit={submit} background="neutral0" padding={4} marginBottom={4} shadow="filterShadow" hasRadius aria-label="Filter">
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            {select('contentType', 'Inhaltstyp', TYPE_NAMES.map((type: TypeName) => [type, typeLabel(type)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], 'de')))}
            {select('action', 'Aktion', AUDIT_ACTION.values.map((action) => [action, AUDIT_ACTION.labels[action]] as [string, string]))}
            {text('documentId', 'Dokument-ID')}
            {text('actor', 'Person', 'text', 'Name oder Benutzer-ID')}
            {text('from', 'Von', 'date')}
            {text('to', 'Bis', 'date')}
            <Button type="submit">Filtern</Button>
            <Button type="button" variant="tertiary" onClick={() => apply(filtersOf(new URLSearchParams()))}>
              Filter zurücksetzen
            </Button>
          </Flex>
        </Box>
        {error && (
          <Box padding={4} background="danger100" hasRadius marginBottom={4} role="alert">
            <Typography textColor="danger700">{error}</Typography>
          </Box>
        )}
        {result && (
          <>
            <Table colCount={6} rowCount={result.entries.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">Zeitpunkt</Typography></Th>
                  <Th><Typography variant="sigma">Aktion</Typography></Th>
                  <Th><Typography variant="sigma">Wer</Typography></Th>
                  <Th><Typography variant="sigma">Inhaltstyp</Typography></Th>
                  <Th><Typography variant="sigma">Eintrag</Typography></Th>
                  <Th><Typography variant="sigma">Änderungen</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {result.entries.map((entry) => (
                  <Tr key={entry.id}>
                    <Td><Typography>{formatInstant(entry.at)}</Typography></Td>
                    <Td><Typography>{AUDIT_ACTION.labels[entry.action]}</Typography></Td>
                    <Td><Typography>{entry.actor.name}</Typography></Td>
                    <Td><Typography>{typeLabel(entry.contentType)}</Typography></Td>
                    <Td>
                      <Typography>{entry.documentName || '–'}</Typography>
                      <VisuallyHidden>Dokument-ID {entry.documentId}</VisuallyHidden>
                    </Td>
                    {/* Long lists of changes wrap instead of widening the table past the page. */}
                    <Td style={{ whiteSpace: 'normal', minWidth: '20rem' }}>
                      <ChangeList entry={entry} />
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {result.entries.length === 0 && (
              <Box padding={6}>
                <Typography>Keine Einträge für diese Filter.</Typography>
              </Box>
            )}
            {pagination && pagination.pageCount > 1 && (
              <Flex tag="nav" aria-label="Seiten" gap={2} paddingTop={4} justifyContent="flex-end">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => apply(applied, page - 1)}>
                  Vorherige Seite
                </Button>
                <Typography>
                  Seite {pagination.page.toLocaleString('de-DE')} von {pagination.pageCount.toLocaleString('de-DE')} ({pagination.total.toLocaleString('de-DE')} Einträge)
                </Typography>
                <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => apply(applied, page + 1)}>
                  Nächste Seite
                </Button>
              </Flex>
            )}
          </>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

/** The route's page, shown only to those the menu link's permission admits (the server checks again). */
const AuditLogRoute = () => (
  <Page.Protect permissions={[{ action: AUDIT_READ_ACTION, subject: null }]}>
    <AuditLogPageView />
  </Page.Protect>
);

export default AuditLogRoute;
