'use client'
/**
 * The dashboard's publishing panel: what is live, what is building or waiting, recent failures
 * with the end of their log, and "Rebuild now" / "Go back to the previous release" for editors.
 */
import { useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { countOf } from '@hcri/shared/routes'

import type { PublishStatus } from '../../publish/publisher'

import './PublishPanel.css'

const when = (iso?: string) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' }) : ''

/** "10 resources, 1 film, 3 stories": what the live release holds, leaving out what it has none of. */
const contents = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => countOf(k, n))
    .join(', ')

const seconds = (from: string, to?: string) =>
  Math.max(0, Math.round(((to ? Date.parse(to) : Date.now()) - Date.parse(from)) / 1000))

export function PublishPanel() {
  const { user } = useAuth<{ role?: string }>()
  const [status, setStatus] = useState<PublishStatus>()
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const canPublish = user?.role === 'admin' || user?.role === 'editor'

  const load = useCallback(async () => {
    const res = await fetch('/api/publish/status', { credentials: 'include', cache: 'no-store' })
    if (res.ok) setStatus((await res.json()) as PublishStatus)
  }, [])

  const active = Boolean(status?.queue.running || status?.queue.queued)
  const [wasActive, setWasActive] = useState(false)
  // "A new build has started" is old news once that build has finished, either way.
  if (wasActive !== active) {
    setWasActive(active)
    if (!active) setMessage(undefined)
  }
  useEffect(() => {
    // The status comes from the CMS: load() sets state only once its answer arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
    // Quick while something is building, slow otherwise.
    const timer = setInterval(() => void load(), active ? 2000 : 10000)
    return () => clearInterval(timer)
  }, [load, active])

  const act = async (action: 'rebuild' | 'rollback') => {
    if (action === 'rollback' && !window.confirm('Go back to the previous release of the site?'))
      return
    setBusy(true)
    setMessage(undefined)
    try {
      const res = await fetch(`/api/publish/${action}`, { method: 'POST', credentials: 'include' })
      const body = (await res.json()) as PublishStatus & { error?: string; rolledBackTo?: string }
      if (!res.ok) setMessage(body.error ?? 'That did not work. Please try again.')
      else {
        setStatus(body)
        setMessage(
          action === 'rebuild' ? 'A new build has started.' : 'The previous release is live again.',
        )
      }
    } finally {
      setBusy(false)
    }
  }

  if (!status) return null
  if (status.target === 'off')
    return (
      <section className="publish-panel" aria-labelledby="publish-panel-heading">
        <h2 id="publish-panel-heading" className="publish-panel__heading">
          Public site
        </h2>
        <p>
          Publishing is switched off on this server: published changes are not built into the site.
        </p>
      </section>
    )

  const { live, queue, builds } = status
  const failures = builds.filter((b) => b.ok === false).slice(0, 3)
  // Failures after the last good build are current problems; older ones are history, folded away.
  const lastGood = builds.findIndex((b) => b.ok === true)
  const current = failures.filter((b) => lastGood === -1 || builds.indexOf(b) < lastGood)
  const earlier = failures.filter((b) => !current.includes(b))
  const failure = (b: (typeof builds)[number]) => (
    <div key={b.id} className="publish-panel__failure">
      <p>
        <strong>{when(b.finishedAt)}</strong>: {b.error}
      </p>
      {b.logTail && (
        <details>
          <summary>Build log (for the technical team)</summary>
          <pre className="publish-panel__log">{b.logTail}</pre>
        </details>
      )}
    </div>
  )
  const last = builds.find((b) => b.finishedAt)
  return (
    <section className="publish-panel" aria-labelledby="publish-panel-heading">
      <h2 id="publish-panel-heading" className="publish-panel__heading">
        Public site
      </h2>
      {status.target === 'hook' ? (
        <p>Published changes are sent to the hosting provider, which rebuilds the site.</p>
      ) : live ? (
        <p className="publish-panel__live" data-testid="publish-live">
          Live since <strong>{when(live.builtAt)}</strong>: {live.pages} web pages, with{' '}
          {contents(live.counts)}.
        </p>
      ) : (
        <p className="publish-panel__live">The site has not been built yet.</p>
      )}

      <div
        role="status"
        aria-live="polite"
        className="publish-panel__now"
        data-testid="publish-now"
      >
        {queue.running ? (
          <p>
            <span className="publish-panel__spinner" aria-hidden="true" /> Building now (
            {seconds(queue.running.startedAt)} s). Your changes appear on the site when it finishes.
          </p>
        ) : queue.queued ? (
          <p>A build is waiting to start, so that changes made close together go out together.</p>
        ) : last?.ok ? (
          <p>
            The site is up to date with everything published (last build {when(last.finishedAt)}).
          </p>
        ) : null}
        {message && <p className="publish-panel__message">{message}</p>}
      </div>

      {current.length > 0 && (
        <div className="publish-panel__failures" data-testid="publish-failures">
          <h3 className="publish-panel__subheading">
            {current.length === 1
              ? 'The last build failed'
              : `The last ${current.length} builds failed`}
          </h3>
          {current.map(failure)}
        </div>
      )}
      {earlier.length > 0 && (
        <details className="publish-panel__earlier">
          <summary>Earlier problems, since fixed ({earlier.length})</summary>
          {earlier.map(failure)}
        </details>
      )}

      {canPublish && (
        <div className="publish-panel__actions">
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => void act('rebuild')}
          >
            Rebuild now
          </button>
          {status.target === 'local' && status.rollback.to && (
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={busy}
              onClick={() => void act('rollback')}
            >
              Go back to the previous release
            </button>
          )}
        </div>
      )}
      {canPublish && status.target === 'local' && status.rollback.refused && (
        <p className="publish-panel__refused" data-testid="publish-rollback-refused">
          Going back to the previous release is not possible. {status.rollback.refused}
        </p>
      )}
    </section>
  )
}
