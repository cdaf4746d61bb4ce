import { useEffect, useId, useState } from 'react';
import type { Profile, Respondent } from '../../../../shared/model';
import { BANK_HOLIDAY_REGION_LABELS, BANK_HOLIDAY_REGIONS, isBankHolidayRegion } from '../../../../shared/working-days';
import { useApp } from '../../state/store-context';
import { RespondentFields } from '../../components/respondent-fields';
import { TextField } from '../../components/text-field';

/** The respondent profile: entered once, filled into every new draft, still editable per draft. */
export function SettingsScreen() {
  const settings = useApp((s) => s.settings);
  const loadSettings = useApp((s) => s.loadSettings);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  return settings ? <ProfileForm initial={settings.profile} /> : <main className="library">Loading settings…</main>;
}

function ProfileForm({ initial }: { initial: Profile }) {
  const settingsError = useApp((s) => s.settingsError);
  const saveProfile = useApp((s) => s.saveProfile);
  const navigate = useApp((s) => s.navigate);
  const [profile, setProfile] = useState<Profile>(initial);
  const [saved, setSaved] = useState(false);
  const regionId = useId();
  const setRespondent = (change: Partial<Respondent>) => {
    setSaved(false);
    setProfile({ ...profile, respondent: { ...profile.respondent, ...change } });
  };
  const setSignatory = (change: Partial<Profile['signatory']>) => {
    setSaved(false);
    setProfile({ ...profile, signatory: { ...profile.signatory, ...change } });
  };

  return (
    <main className="library" aria-labelledby="settings-title">
      <button type="button" className="link-button" onClick={() => navigate({ screen: 'library' })}>
        ← Library
      </button>
      <h1 id="settings-title">Respondent profile</h1>
      <p>These details are filled into each new draft. You can still change them in any draft.</p>
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void saveProfile(profile).then(setSaved);
        }}
      >
        <h2>Organisation and contact</h2>
        <RespondentFields respondent={profile.respondent} onChange={setRespondent} locked={false} />
        <h2>You</h2>
        <TextField
          label="Your name"
          hint="On your review comments, and shown to colleagues who have a shared draft open with you. The contact name is used while this is empty."
          autoComplete="name"
          value={profile.reviewerName}
          onChange={(reviewerName) => {
            setSaved(false);
            setProfile({ ...profile, reviewerName });
          }}
        />
        <h2>Signatory</h2>
        <TextField label="Signatory name" value={profile.signatory.name} onChange={(name) => setSignatory({ name })} />
        <TextField label="Signatory job title" value={profile.signatory.jobTitle} onChange={(jobTitle) => setSignatory({ jobTitle })} />
        <h2>Working days</h2>
        <div className="field">
          <label htmlFor={regionId}>Bank holidays</label>
          <div id={`${regionId}-hint`} className="field__hint">
            Whose bank holidays are not working days when the library counts the days left to a deadline.
          </div>
          <select
            id={regionId}
            aria-describedby={`${regionId}-hint`}
            value={profile.bankHolidayRegion}
            onChange={(e) => {
              setSaved(false);
              if (isBankHolidayRegion(e.target.value)) setProfile({ ...profile, bankHolidayRegion: e.target.value });
            }}
          >
            {BANK_HOLIDAY_REGIONS.map((region) => (
              <option key={region} value={region}>
                {BANK_HOLIDAY_REGION_LABELS[region]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          Save profile
        </button>
        <span role="status" className="muted">
          {saved ? ' Profile saved. New drafts will start with these details.' : ''}
        </span>
        {settingsError ? (
          <div className="alert alert--error" role="alert">
            {settingsError}
          </div>
        ) : null}
      </form>
    </main>
  );
}
