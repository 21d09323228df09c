import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../ui/Field';
import { type DayRange, lastDays, rangeFromParams } from './analytics-format';

/** The range a dashboard shows, kept in the URL (`?from=&to=`, UTC days, both included); the last 28 days by default. */
export function useDayRange(): [DayRange, (range: DayRange) => void] {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params);
  const setRange = (next: DayRange) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        merged.set('from', next.from);
        merged.set('to', next.to);
        return merged;
      },
      { replace: true },
    );
  return [range, setRange];
}

const PRESETS = [7, 28, 90];

/**
 * The date-range picker: two day fields and quick ranges. The range is sent as typed; the server says what is wrong
 * with it (backwards, past a dataset's maximum), and the page shows that message.
 */
export function RangeForm({ range, onChange, label }: { range: DayRange; onChange: (range: DayRange) => void; label: string }) {
  const [draft, setDraft] = useState(range);
  const [shown, setShown] = useState(range);
  // A new range from outside (a preset, the back button) replaces what the fields show.
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setDraft(range);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to) onChange(draft);
  };
  return (
    <form className="range-form" aria-label={label} onSubmit={submit}>
      <TextField label="From (UTC)" name="from" type="date" required value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      <TextField label="To (UTC, included)" name="to" type="date" required value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      <div className="range-actions">
        <button type="submit" className="button">
          Show
        </button>
        {PRESETS.map((days) => {
          const preset = lastDays(days);
          const active = preset.from === range.from && preset.to === range.to;
          return (
            <button key={days} type="button" className="chip" aria-pressed={active} onClick={() => onChange(preset)}>
              Last {days} days
            </button>
          );
        })}
      </div>
    </form>
  );
}
