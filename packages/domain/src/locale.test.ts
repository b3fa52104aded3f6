import { describe, expect, it } from 'vitest';
import { lineText, paragraphText, textLimits } from './locale.js';

describe('typed text', () => {
  it('is trimmed, and refused when nothing is left', () => {
    expect(lineText.parse('  Coyoacán ')).toBe('Coyoacán');
    expect(lineText.safeParse(' \t\n').success).toBe(false);
  });

  it('is bounded', () => {
    expect(lineText.safeParse('x'.repeat(textLimits.line)).success).toBe(true);
    expect(lineText.safeParse('x'.repeat(textLimits.line + 1)).success).toBe(false);
    expect(paragraphText.safeParse('x'.repeat(textLimits.paragraph + 1)).success).toBe(false);
  });

  it('holds no control characters but tabs and line breaks', () => {
    expect(paragraphText.safeParse('uno\n\tdos\r\ntres').success).toBe(true);
    for (const char of ['\u0000', '\u0007', '\u001b', '\u007f']) {
      expect(lineText.safeParse(`a${char}b`).success, JSON.stringify(char)).toBe(false);
    }
  });
});
