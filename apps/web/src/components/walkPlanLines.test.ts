import { describe, expect, it } from 'vitest';
import { opensWhen, stateLine } from './walkPlanLines';

const mexico = 'America/Mexico_City';
// Mexico City is UTC−6 all year: 10:00 there is 16:00 UTC.
const tuesday10 = Date.parse('2026-12-08T16:00:00Z');
const tuesday9 = Date.parse('2026-12-08T15:00:00Z');
const monday11 = Date.parse('2026-12-07T17:00:00Z');

describe('the planner’s lines', () => {
  it('says only the time when a shut stop opens later the day the visitor arrives', () => {
    expect(opensWhen(tuesday10, tuesday9, mexico, 'es')).toBe('a las 10:00');
    expect(opensWhen(tuesday10, tuesday9, mexico, 'en')).toBe('at 10:00');
  });

  it('names the day when it opens on another', () => {
    expect(opensWhen(tuesday10, monday11, mexico, 'es')).toBe('el martes a las 10:00');
    expect(opensWhen(tuesday10, monday11, mexico, 'en')).toBe('Tuesday at 10:00');
  });

  it('reads every state on the venues’ clock', () => {
    expect(stateLine({ state: 'closed', opensAt: tuesday10 }, monday11, mexico, 'en')).toBe(
      'Shut when you arrive · opens Tuesday at 10:00',
    );
    expect(stateLine({ state: 'closes-early', closesAt: tuesday10 }, tuesday9, mexico, 'es')).toBe(
      'Cierra a las 10:00, antes de que termines',
    );
    expect(stateLine({ state: 'open', closesAt: undefined }, tuesday9, mexico, 'en')).toBe(
      'Open for your visit',
    );
    expect(stateLine({ state: 'unknown' }, tuesday9, mexico, 'es')).toBe('Horario desconocido');
  });
});
