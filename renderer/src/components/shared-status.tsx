import { formatUkTime } from '../../../shared/uk-time';
import { useApp } from '../state/store-context';

/**
 * Who else has this draft open (as Word shows it), and any step or edit that
 * could not be taken as made because of someone else's, with the reason.
 */
export function SharedStatus() {
  const others = useApp((s) => s.othersPresent);
  const conflicts = useApp((s) => s.draft?.conflicts ?? []);
  if (others.length === 0 && conflicts.length === 0) return null;
  return (
    <section className="shared-status" aria-label="Working together">
      {others.length > 0 ? (
        <p className="shared-status__present" role="status">
          Also open by{' '}
          {others.map((person, i) => (
            <span key={`${person.name}-${person.since}`}>
              {i > 0 ? (i === others.length - 1 ? ' and ' : ', ') : ''}
              <strong>{person.name}</strong> (since {formatUkTime(person.since, 'HH:mm')})
            </span>
          ))}
          . Their saved changes appear here within a few seconds.
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <details className="shared-status__conflicts">
          <summary>
            {conflicts.length === 1 ? 'One change could not be taken as made' : `${conflicts.length} changes could not be taken as made`}
          </summary>
          <ul>
            {conflicts.map((conflict) => (
              <li key={conflict.id}>
                {formatUkTime(conflict.at, 'd MMM HH:mm')}: {conflict.summary}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
