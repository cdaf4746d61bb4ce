import { useEffect } from 'react';
import { useApp } from '../../state/store-context';
import { ConsultationList } from './consultation-list';
import { DraftList } from './draft-list';
import { DamagedList } from './damaged-list';
import { ImportButtons } from './import-buttons';

export function LibraryScreen() {
  const listing = useApp((s) => s.listing);
  const error = useApp((s) => s.libraryError);
  const loadLibrary = useApp((s) => s.loadLibrary);
  const navigate = useApp((s) => s.navigate);
  const importError = useApp((s) => s.importError);

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  return (
    <main className="library" aria-labelledby="library-title">
      <div className="library__header">
        <h1 id="library-title">Consultation library</h1>
        <div className="library__actions">
          <ImportButtons />
          <button type="button" onClick={() => navigate({ screen: 'settings' })}>
            Respondent profile
          </button>
        </div>
      </div>
      {importError ? (
        <div className="alert alert--error" role="alert">
          The consultation could not be imported. {importError}
        </div>
      ) : null}
      {error ? (
        <div className="alert alert--error" role="alert">
          {error.message}
        </div>
      ) : null}
      {listing === null ? (
        <p>Loading the library…</p>
      ) : (
        <>
          {listing.damaged.length > 0 ? <DamagedList damaged={listing.damaged} /> : null}
          <DraftList drafts={listing.drafts} consultations={listing.consultations} />
          <ConsultationList consultations={listing.consultations} drafts={listing.drafts} />
          <p className="library__folder">
            Drafts are kept in <code>{listing.folder}</code>
          </p>
        </>
      )}
    </main>
  );
}
