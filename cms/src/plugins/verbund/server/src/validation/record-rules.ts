import type { TypeName } from '../constants';
import type { FieldProblem } from './field-error';

type Record_ = Record<string, unknown>;
type Rule = (record: Record_) => FieldProblem | null;

const time = (value: unknown) => (value === null || value === undefined || value === '' ? null : Date.parse(String(value)));

/** A rule that the later of two dates must not lie before the earlier one. */
const notBefore =
  (laterField: string, earlierField: string, message: string): Rule =>
  (record) => {
    const later = time(record[laterField]);
    const earlier = time(record[earlierField]);
    return later !== null && earlier !== null && later < earlier ? { field: laterField, message } : null;
  };

/** Rules that involve more than one field, checked on the record as it will be after the change. */
export const RECORD_RULES: Partial<Record<TypeName, Rule[]>> = {
  'funding-project': [notBefore('endsOn', 'startsOn', 'Das Laufzeitende darf nicht vor dem Laufzeitbeginn liegen.')],
  organisation: [
    notBefore('partnerUntil', 'partnerSince', '„Verbundpartner bis“ darf nicht vor „Verbundpartner seit“ liegen.'),
    (record) =>
      record.partnerUntil && !record.partnerSince
        ? { field: 'partnerSince', message: 'Bitte „Verbundpartner seit“ angeben, wenn „Verbundpartner bis“ gesetzt ist.' }
        : null,
  ],
  event: [notBefore('endsAt', 'startsAt', 'Das Ende der Veranstaltung darf nicht vor ihrem Beginn liegen.')],
  'course-run': [notBefore('endsOn', 'startsOn', 'Das Ende der Kursdurchführung darf nicht vor ihrem Beginn liegen.')],
};

/** Relations a record of this type must point to, with the message when it does not. */
export const REQUIRED_RELATIONS: Partial<Record<TypeName, Record<string, string>>> = {
  'event-participation': {
    event: 'Bitte eine bestehende Veranstaltung wählen.',
    organisation: 'Bitte eine bestehende Organisation wählen.',
  },
  'course-participation': {
    courseRun: 'Bitte eine bestehende Kursdurchführung wählen.',
    organisation: 'Bitte eine bestehende Organisation wählen.',
  },
  consultation: { organisation: 'Bitte eine bestehende Organisation wählen.' },
  'training-need': { organisation: 'Bitte eine bestehende Organisation wählen.' },
};

/**
 * Relations that may only point to some records of their target type, with the condition and the
 * message when a chosen record does not meet it (the picker offers all records of the type).
 */
export const RELATION_TARGET_RULES: Partial<Record<TypeName, Record<string, { where: Record<string, unknown>; message: string }>>> = {
  'press-release': {
    pressContact: { where: { isPressContact: true }, message: 'Nur als Pressekontakt markierte Kontaktpersonen können gewählt werden.' },
  },
  'course-offer': {
    provider: {
      where: { type: 'training_provider' },
      message: 'Nur Organisationen der Art „Weiterbildungsträger“ (training_provider) können gewählt werden; andere erscheinen nicht im öffentlichen Angebot.',
    },
  },
};
