import { useTranslation } from 'react-i18next';
import classes from './BaselineRegion.module.css';
import { YES_PARTLY_NO, type YesPartlyNo } from './yesPartlyNo';

/**
 * One row's answers as a bar: yes, partly and no side by side, each as wide as its share of the municipalities
 * counted; the rest (counted but not answering this part) stays empty. Hidden from screen readers: the row's
 * cells say the same in numbers.
 */
export function AnswerBar({ counts, counted }: { counts: Record<YesPartlyNo, number | null>; counted: number }) {
  const { t } = useTranslation('baseline');
  return (
    <div className={classes.bar} aria-hidden="true">
      {YES_PARTLY_NO.map((option) => {
        const count = counts[option] ?? 0;
        if (count === 0 || counted === 0) return null;
        return (
          <span
            key={option}
            className={classes[option]}
            style={{ width: `${(100 * count) / counted}%` }}
            title={`${t(`option.${option}`)}: ${count}`}
          />
        );
      })}
    </div>
  );
}
