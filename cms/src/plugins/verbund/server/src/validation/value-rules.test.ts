import { COURSE_RUN_STATUS } from '@verbund/domain';
import { describe, expect, it } from 'vitest';
import { TEXT_MAX_LENGTH, YEAR_RANGE } from './boundaries';
import { valueProblem } from './value-rules';

const info = { label: 'Feld' };

describe('value rules', () => {
  it('takes values that fit their attribute', () => {
    expect(valueProblem({ type: 'integer', min: 0 }, 3, info)).toBeNull();
    // biginteger arrives as a string
    expect(valueProblem({ type: 'biginteger' }, '123456', info)).toBeNull();
    expect(valueProblem({ type: 'date' }, '2024-02-29', info)).toBeNull();
    expect(valueProblem({ type: 'datetime' }, '2024-03-15T14:30:00+01:00', info)).toBeNull();
    expect(valueProblem({ type: 'time' }, '14:30', info)).toBeNull();
    expect(valueProblem({ type: 'email' }, 'name@beispiel.de', info)).toBeNull();
    expect(valueProblem({ type: 'boolean' }, false, info)).toBeNull();
    expect(valueProblem({ type: 'enumeration', enum: ['planned', 'held'] }, 'held', info)).toBeNull();
  });

  it('names the field in German and says what is wrong', () => {
    expect(valueProblem({ type: 'integer', min: 0 }, -1, info)).toBe('„Feld“ darf nicht negativ sein.');
    expect(valueProblem({ type: 'integer' }, 2.5, info)).toBe('„Feld“ muss eine ganze Zahl sein.');
    expect(valueProblem({ type: 'integer', max: 10 }, 11, info)).toBe('„Feld“ darf höchstens 10 sein.');
    expect(valueProblem({ type: 'decimal' }, 'zehn', info)).toBe('„Feld“ muss eine Zahl sein.');
    expect(valueProblem({ type: 'date' }, '2023-02-29', info)).toBe('„Feld“: „2023-02-29“ ist kein gültiges Datum.');
    expect(valueProblem({ type: 'date' }, '15.03.2024', info)).toBe('„Feld“ muss ein Datum im Format JJJJ-MM-TT, z. B. 2024-03-15 sein.');
    expect(valueProblem({ type: 'date' }, `${YEAR_RANGE.to + 1}-01-01`, info)).toBe(`„Feld“ muss zwischen ${YEAR_RANGE.from} und ${YEAR_RANGE.to} liegen.`);
    expect(valueProblem({ type: 'time' }, '25:00', info)).toBe('„Feld“ muss eine Uhrzeit sein, z. B. 14:30.');
    expect(valueProblem({ type: 'email' }, 'kein-at', info)).toBe('„Feld“ muss eine E-Mail-Adresse sein, z. B. name@beispiel.de.');
    expect(valueProblem({ type: 'boolean' }, 'ja', info)).toBe('„Feld“ muss true oder false sein.');
  });

  it('bounds text by the column or the stated limit', () => {
    expect(valueProblem({ type: 'string' }, 'x'.repeat(256), info)).toBe('„Feld“ darf höchstens 255 Zeichen lang sein (jetzt 256).');
    expect(valueProblem({ type: 'text' }, 'x'.repeat(TEXT_MAX_LENGTH), info)).toBeNull();
    expect(valueProblem({ type: 'string', maxLength: 5 }, 'sechs!', info)).toBe('„Feld“ darf höchstens 5 Zeichen lang sein (jetzt 6).');
    expect(valueProblem({ type: 'string', regex: '^\\d{5}$' }, '123', { label: 'PLZ', help: 'Fünfstellige Postleitzahl.' })).toBe(
      '„PLZ“ hat nicht das erwartete Format: Fünfstellige Postleitzahl.',
    );
  });

  it('lists the allowed enumeration keys with their German labels', () => {
    const problem = valueProblem({ type: 'enumeration', enum: [...COURSE_RUN_STATUS.values] }, 'done', info);
    const allowed = COURSE_RUN_STATUS.values.map((key) => `${key} (${COURSE_RUN_STATUS.labels[key]})`).join(', ');
    expect(problem).toBe(`„Feld“: Der Wert „done“ ist nicht zulässig (erlaubt: ${allowed}).`);
  });
});
