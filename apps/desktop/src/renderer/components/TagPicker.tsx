// Chooses tags for a highlight: chips for the chosen ones, an input with
// autocomplete over the notebook's tags, and any new path (`energy/refineries`)
// accepted as a new tag.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTags } from '../data/queries.js';
import { suggestTags } from '../text/tag-tree.js';

interface Props {
  value: string[];
  onChange(tags: string[]): void;
  autoFocus?: boolean;
}

const normalise = (tag: string) =>
  tag
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean)
    .join('/');

export function TagPicker({ value, onChange, autoFocus }: Props) {
  const all = useTags().data;
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const options = useMemo(() => {
    const known = (all ?? []).map((t) => t.path).filter((t) => !value.includes(t));
    const found = suggestTags(known, typed);
    const fresh = normalise(typed);
    return fresh && !found.includes(fresh) && !value.includes(fresh) ? [...found, fresh] : found;
  }, [all, typed, value]);
  const isNew = (tag: string) => !(all ?? []).some((t) => t.path === tag);

  const add = (tag: string) => {
    const clean = normalise(tag);
    if (clean && !value.includes(clean)) onChange([...value, clean]);
    setTyped('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if ((e.key === 'Enter' || e.key === ',' || e.key === 'Tab') && typed.trim()) add(options[active] ?? typed);
    else if (e.key === 'Backspace' && !typed && value.length) onChange(value.slice(0, -1));
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="tag-picker">
      <div className="tag-input-row">
        {value.map((tag) => (
          <span key={tag} className="chip">
            {tag}
            <button
              type="button"
              className="chip-x"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(value.filter((t) => t !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          className="tag-input"
          aria-label="Add a tag"
          placeholder={value.length ? 'Add another tag…' : 'Add a tag, e.g. energy/refineries'}
          value={typed}
          autoFocus={autoFocus}
          onChange={(e) => {
            setTyped(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={Boolean(typed && options.length)}
          aria-controls="tag-options"
        />
      </div>
      {typed.trim() && options.length > 0 && (
        <ul className="tag-options" id="tag-options" role="listbox">
          {options.map((tag, i) => (
            <li key={tag} role="option" aria-selected={i === active}>
              <button
                type="button"
                className={`option ${i === active ? 'is-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(tag)}
              >
                {isNew(tag) ? (
                  <>
                    Create tag <strong>{tag}</strong>
                  </>
                ) : (
                  tag
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
