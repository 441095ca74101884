// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SpeedSelect } from './SpeedSelect';

describe('SpeedSelect', () => {
  it('offers every replay speed in words and reports the chosen one in days per second', () => {
    const onChange = vi.fn();
    render(
      <label>
        Speed <SpeedSelect value={91} onChange={onChange} />
      </label>,
    );
    const select = screen.getByLabelText('Speed') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['1 month/s', '1 quarter/s', '6 months/s', '1 year/s']);
    expect(select.value).toBe('91');
    fireEvent.change(select, { target: { value: '365' } });
    expect(onChange).toHaveBeenCalledWith(365);
  });
});
