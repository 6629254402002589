interface Props<T extends string> {
  legend: string;
  facet: string;
  options: readonly T[];
  selected: readonly T[];
  counts: Record<string, number>;
  label: (o: T) => string;
  onToggle: (o: T) => void;
}

/** A multi-select facet: every option shows its count; options yielding nothing stay, greyed. */
export function FacetGroup<T extends string>({
  legend,
  facet,
  options,
  selected,
  counts,
  label,
  onToggle,
}: Props<T>) {
  return (
    <fieldset className="facet" data-testid={`facet-${facet}`}>
      <legend>{legend}</legend>
      <div className="options">
        {options.map((o) => {
          const n = counts[o] ?? 0;
          const on = selected.includes(o);
          return (
            <label
              key={o}
              className={`option${n === 0 && !on ? ' empty' : ''}${on ? ' on' : ''}`}
              data-testid={`option-${facet}-${o}`}
            >
              <input
                type="checkbox"
                checked={on}
                onChange={() => onToggle(o)}
                aria-describedby={`count-${facet}-${o}`}
              />
              <span className="option-label">{label(o)}</span>
              <span className="count" id={`count-${facet}-${o}`} data-testid="option-count">
                {n}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
