import { useFormat } from './useFormat';

export function RelativeTime({ iso, now }: { iso: string; now: number }) {
  const format = useFormat();
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {format.relativeTime(iso, now)}
    </time>
  );
}
