import { useTranslation } from 'react-i18next';
import { MarkerIcon } from '../map/MarkerShape';
import classes from './Coverage.module.css';
import { COVERAGE_STATUSES, STATUS_SYMBOL } from './coverageStatus';

export function CoverageLegend() {
  const { t } = useTranslation();
  return (
    <ul className={classes.legend} aria-label={t('coverage.legend')}>
      {COVERAGE_STATUSES.map((status) => (
        <li key={status} className={classes.legendItem}>
          <MarkerIcon symbol={STATUS_SYMBOL[status]} />
          {t(`coverage.statuses.${status}`)}
        </li>
      ))}
    </ul>
  );
}
