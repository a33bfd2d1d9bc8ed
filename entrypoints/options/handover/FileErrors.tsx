import { forwardRef } from 'react';
import { describeFileError, type FileError } from '@/lib/pack';
import { useLang, useT } from '@/lib/i18n/react';

/**
 * Why a file was refused: each problem as a sentence naming its place in the file, and the
 * reassurance that nothing changed. role="alert" so a screen reader announces it at once.
 */
export const FileErrors = forwardRef<HTMLDivElement, { errors: FileError[]; testId: string }>(function FileErrors({ errors, testId }, ref) {
  const tr = useT();
  const lang = useLang();
  return (
    <div className="file-errors" role="alert" data-testid={testId} tabIndex={-1} ref={ref}>
      <strong>{tr('handover.error.title')}</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i} data-code={e.code} data-path={e.path}>
            {describeFileError(e, lang)}
          </li>
        ))}
      </ul>
      <p>{tr('handover.error.nothingChanged')}</p>
    </div>
  );
});
