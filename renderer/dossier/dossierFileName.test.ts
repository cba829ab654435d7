import { describe, expect, it } from 'vitest';
import { dossierFileName } from './dossierFileName';

describe('dossierFileName', () => {
  it('keeps letters in any script and drops separators', () => {
    expect(dossierFileName('Mikalai Statkevich', '2026-04-01')).toBe(
      'Dossier-Mikalai-Statkevich-2026-04-01.pdf',
    );
    expect(dossierFileName('Мікалай Статкевіч', '2026-04-01')).toBe(
      'Dossier-Мікалай-Статкевіч-2026-04-01.pdf',
    );
    expect(dossierFileName('../../etc/passwd', '2026-04-01')).toBe(
      'Dossier-etc-passwd-2026-04-01.pdf',
    );
    expect(dossierFileName('///', '2026-04-01')).toBe('Dossier-case-file-2026-04-01.pdf');
  });
});
