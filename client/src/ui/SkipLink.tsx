import classes from './SkipLink.module.css';

interface SkipLinkProps {
  targetId: string;
  children: string;
}

export function SkipLink({ targetId, children }: SkipLinkProps) {
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      {children}
    </a>
  );
}
