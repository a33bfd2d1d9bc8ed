import { useState } from 'react';
import { ACCOUNT_ROLE_KEY } from '@/lib/i18n/labels';
import { send } from '@/lib/messaging-client';
import { platformName } from '@/lib/platforms/meta';
import { useSettings } from '@/lib/db/hooks';
import { useLang, useT } from '@/lib/i18n/react';
import { ACCOUNT_RULE_KEY } from '@/lib/i18n/labels';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { AccountRef } from '@/lib/schemas/settings';
import { addAccount, parseHandle } from './account-input';

/**
 * The agency's own accounts and the watched ones, per platform. Only their posts are ever
 * snapshotted. Saved through the background ('settings.update'), like every settings change.
 */
export function AccountsSection() {
  const tr = useT();
  const settings = useSettings();
  const [status, setStatus] = useState('');
  if (!settings) return null;
  const save = async (accounts: AccountRef[]) => {
    await send('settings.update', { patch: { accounts } });
    setStatus(tr('accounts.saved'));
  };
  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">{tr('options.nav.accounts')}</h2>
      <p>{tr('accounts.intro')}</p>
      {PLATFORM_IDS.map((platform) => (
        <PlatformAccounts key={platform} platform={platform} accounts={settings.accounts} onSave={save} />
      ))}
      <p role="status" data-testid="accounts-status">
        {status}
      </p>
    </section>
  );
}

function PlatformAccounts({
  platform,
  accounts,
  onSave,
}: {
  platform: PlatformId;
  accounts: AccountRef[];
  onSave: (accounts: AccountRef[]) => Promise<void>;
}) {
  const tr = useT();
  const lang = useLang();
  const [input, setInput] = useState('');
  const [role, setRole] = useState<AccountRef['role']>('own');
  const [error, setError] = useState('');
  const name = platformName(platform, lang);
  const mine = accounts.filter((a) => a.platform === platform);
  const errorId = `account-error-${platform}`;

  const add = async () => {
    const parsed = parseHandle(input, platform);
    if (!parsed.ok) {
      setError(
        parsed.error === 'empty'
          ? tr('accounts.error.empty')
          : tr('accounts.error.invalid', { platform: name, rule: tr(ACCOUNT_RULE_KEY[platform]) }),
      );
      return;
    }
    const result = addAccount(accounts, { platform, handle: parsed.handle, role });
    if (!result.ok) {
      setError(
        result.error === 'full'
          ? tr('accounts.error.full')
          : tr('accounts.error.duplicate', {
              handle: parsed.handle,
              role: tr(ACCOUNT_ROLE_KEY[result.existing.role]),
            }),
      );
      return;
    }
    setError('');
    setInput('');
    await onSave(result.accounts);
  };

  return (
    <fieldset className="accounts" data-testid={`accounts-${platform}`}>
      <legend>{name}</legend>
      {mine.length === 0 ? <p className="muted">{tr('accounts.empty', { platform: name })}</p> : null}
      <ul className="account-list">
        {mine.map((a) => (
          <li key={a.handle} data-testid="account-row" data-handle={a.handle} data-role={a.role}>
            <span>@{a.handle}</span>
            <span className={`role role-${a.role}`}>{tr(ACCOUNT_ROLE_KEY[a.role])}</span>
            <button
              type="button"
              aria-label={tr('accounts.remove', { handle: a.handle })}
              onClick={() => void onSave(accounts.filter((x) => !(x.platform === platform && x.handle === a.handle)))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="account-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {tr('accounts.handle', { platform: name })}
          <input
            data-testid={`account-handle-${platform}`}
            value={input}
            maxLength={300}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setInput(e.target.value);
              if (error) setError('');
            }}
          />
        </label>
        <label>
          {tr('accounts.role')}
          <select data-testid={`account-role-${platform}`} value={role} onChange={(e) => setRole(e.target.value === 'watched' ? 'watched' : 'own')}>
            <option value="own">{tr('accounts.role.own')}</option>
            <option value="watched">{tr('accounts.role.watched')}</option>
          </select>
        </label>
        <button type="submit" data-testid={`account-add-${platform}`}>
          {tr('accounts.add')}
        </button>
        {error ? (
          <p id={errorId} className="field-error" role="alert" data-testid={errorId}>
            {error}
          </p>
        ) : null}
      </form>
    </fieldset>
  );
}
