import { Badge } from '@mantine/core';
import classes from './TagList.module.css';

export interface Tag {
  key: string;
  label: string;
}

export function TagList({ label, tags }: { label: string; tags: readonly Tag[] }) {
  return (
    <ul className={classes.list} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.key}>
          <Badge variant="outline" tt="none" radius="sm" className={classes.tag}>
            {tag.label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
