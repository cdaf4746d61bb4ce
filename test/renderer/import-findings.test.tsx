import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FindingNote } from '../../renderer/src/screens/import/finding-note';
import { QuestionEditor } from '../../renderer/src/screens/import/question-editor';


describe('how sure the import was, on the review screen', () => {
  it('says none was chosen when several dates were worded alike, and shows each one asked for', async () => {
    const onShow = vi.fn();
    const dates = [{ start: 10, end: 26 }, { start: 40, end: 55 }, { start: 70, end: 85 }];
    render(<FindingNote imported onShow={onShow} finding={{ confidence: 'low', span: null, alternatives: dates }} />);
    expect(screen.getByText(/^Not found: the document gives several dates worded alike, so none was chosen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show in document' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show date 3' }));
    expect(onShow).toHaveBeenCalledWith({ start: 70, end: 85 });
  });

  it('offers both dates when two were worded as strongly, and shows the one asked for', async () => {
    const onShow = vi.fn();
    render(
      <FindingNote
        imported
        onShow={onShow}
        finding={{ confidence: 'low', span: { start: 10, end: 30 }, alternatives: [{ start: 100, end: 120 }] }}
      />,
    );
    expect(screen.getByText(/more than one answer/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show the other one' }));
    expect(onShow).toHaveBeenCalledWith({ start: 100, end: 120 });
  });

  it('highlights questions read with little certainty and says how many to check', () => {
    render(
      <QuestionEditor
        imported
        questions={[
          { id: 'q1', label: 'Q1', text: 'Do you agree?', section: '', kind: 'agree' },
          { id: 'item-1', label: 'Item 1', text: 'the effects on energy usage', section: '', kind: 'open' },
        ]}
        findings={[
          { confidence: 'high', span: { start: 0, end: 5 } },
          { confidence: 'low', span: { start: 6, end: 20 } },
        ]}
        onChange={() => undefined}
        onAdd={() => undefined}
        onShow={() => undefined}
      />,
    );
    expect(screen.getByText(/1 question was read with little certainty/)).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Question 2: Item 1' }).className).toContain('finding-field--low');
    expect(screen.getByRole('listitem', { name: 'Question 1: Q1' }).className).not.toContain('finding-field--low');
  });
});
