import type { ReactNode } from 'react';
import classes from './FactList.module.css';

export interface Fact {
  key: string;
  label: string;
  /** Facts without a value are left out. */
  value: ReactNode;
}

/** Label–value pairs as a description list ("Phone: +371…"), one per line. */
export function FactList({ facts, label, small = false }: { facts: Fact[]; label?: string; small?: boolean }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== false && fact.value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className={small ? `${classes.facts} ${classes.small}` : classes.facts} aria-label={label}>
      {shown.map((fact) => (
        <div key={fact.key} className={classes.fact}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
