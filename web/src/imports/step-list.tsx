const STEPS = ['Choose a file', 'Check the columns', 'Import', 'Result'] as const;

/** Where the wizard is: four steps, the current one marked for screen readers too. */
export function StepList({ current }: { current: number }) {
  return (
    <ol className="steps" aria-label="Import steps">
      {STEPS.map((label, i) => (
        <li
          key={label}
          className={i === current ? 'current' : i < current ? 'done' : undefined}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="step-number">{i + 1}</span> {label}
        </li>
      ))}
    </ol>
  );
}
