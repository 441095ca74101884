// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ColumnMapping } from './ColumnMapping';

describe('ColumnMapping', () => {
  it('previews the values of the field chosen for the dates', () => {
    const onApply = vi.fn();
    render(
      <ColumnMapping
        request={{ format: 'cytoscape', columns: ['line', 'opened'], guess: {}, examples: { line: ['S5', 'S1'], opened: ['1902', '1936', ''] }, reason: 'choose' }}
        onApply={onApply}
        onCancel={() => undefined}
      />,
    );
    expect(screen.queryByText(/Dates in/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: 'opened' } });
    expect(screen.getByText('Dates in “opened”: 1902 · 1936')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open with these fields' }));
    expect(onApply).toHaveBeenCalledWith({ date: 'opened' });
  });
});
