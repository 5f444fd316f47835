import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueueResponse } from '../../../../shared/cases/contract.ts';
import type { Strand } from '../../../../shared/reports/contract.ts';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { queueQueryKey, queueQueryOptions } from '../api/get-queue.ts';
import { useReportEvents, type ReportEvent } from '../api/use-report-events.ts';
import { clockOf } from '../clock.ts';
import { useNow } from '../use-now.ts';
import { useShortcutsSetting } from '../use-shortcuts-setting.ts';
import { QueueTable, queueRowLinkId } from './queue-table.tsx';
import '../../../styles/cases.css';

type Items = QueueResponse['items'];

function matches(item: Items[number], words: string, grades: QueueResponse['grades'], strandText: (s: Strand) => string): boolean {
  if (!words) {
    return true;
  }
  const grade = grades.find((g) => g.code === item.grade)?.label ?? item.grade ?? '';
  const haystack = [item.reference, item.areaName ?? '', grade, ...item.strands, ...item.strands.map(strandText)]
    .join(' ')
    .toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * The control room's flagged queue (seed 002 §9). Live: each server-sent event refetches it, a polite
 * region names new arrivals, and the selected row is kept by id (and held still on screen) while
 * rows arrive around it. Keyboard: j/k move, Enter opens, / filters.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const queue = useQuery(queueQueryOptions);
  const now = useNow();
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [shortcuts, setShortcuts] = useShortcutsSetting();
  const filterRef = useRef<HTMLInputElement>(null);
  // Where the selected row was on screen just before a live refetch, to hold it there afterwards.
  const anchor = useRef<{ id: string; top: number } | null>(null);

  const grades = queue.data?.grades ?? [];
  const items = (queue.data?.items ?? []).filter((item) => matches(item, filter.trim(), grades, (s) => t(`cases.strand.${s}`)));

  async function refetchKeepingPlace() {
    const row = selectedId ? document.getElementById(queueRowLinkId(selectedId)) : null;
    anchor.current = row && selectedId ? { id: selectedId, top: row.getBoundingClientRect().top } : null;
    await queryClient.refetchQueries({ queryKey: queueQueryKey, exact: true });
  }

  async function onReportEvent(event: ReportEvent) {
    await refetchKeepingPlace();
    if (event.change !== 'received') {
      return;
    }
    const data = queryClient.getQueryData<QueueResponse>(queueQueryKey);
    const item = data?.items.find((i) => i.id === event.reportId);
    if (item) {
      setAnnouncement(t('queue.newReport', { reference: item.reference }));
    }
  }

  const live = useReportEvents(
    (event) => void onReportEvent(event),
    () => void refetchKeepingPlace(),
  );

  useLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    const row = held ? document.getElementById(queueRowLinkId(held.id)) : null;
    if (held && row) {
      const moved = row.getBoundingClientRect().top - held.top;
      if (moved !== 0) {
        window.scrollBy(0, moved);
      }
    }
  }, [queue.data]);

  function move(step: number) {
    if (items.length === 0) {
      return;
    }
    const at = items.findIndex((i) => i.id === selectedId);
    const next = at === -1 ? (step >= 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + step));
    const id = items[next]?.id;
    if (id) {
      setSelectedId(id);
      document.getElementById(queueRowLinkId(id))?.focus();
    }
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!shortcuts || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (isTyping(event.target)) {
      return;
    }
    if (event.key === '/') {
      event.preventDefault();
      filterRef.current?.focus();
    } else if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      move(event.key === 'j' ? 1 : -1);
    } else if (event.key === 'Enter' && selectedId && !(event.target instanceof HTMLElement && event.target.closest('a, button'))) {
      event.preventDefault();
      void navigate(`/reports/${selectedId}`);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const all = queue.data?.items ?? [];
  const ungraded = all.filter((i) => i.grade === null).length;
  const overdueAttendance = all.filter((i) => clockOf(i.attendanceDueAt, i.receivedAt, now)?.state === 'breached').length;
  const overdueRecording = all.filter((i) => clockOf(i.recordingDueAt, i.receivedAt, now)?.state === 'breached').length;

  return (
    <>
      <PageHeading>{t('queue.title')}</PageHeading>
      <div className="live-bar">
        <p className={`live-state live-state--${live}`}>{t(`queue.live.${live}`)}</p>
        <p className="live-bar__announcement" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>

      {queue.data && (
        <dl className="counts" aria-label={t('queue.countsLabel')}>
          <div className="counts__item">
            <dt>{t('queue.countOpen')}</dt>
            <dd>{all.length}</dd>
          </div>
          <div className={`counts__item${ungraded > 0 ? ' counts__item--warn' : ''}`}>
            <dt>{t('queue.countUngraded')}</dt>
            <dd>{ungraded}</dd>
          </div>
          <div className={`counts__item${overdueAttendance > 0 ? ' counts__item--danger' : ''}`}>
            <dt>{t('queue.countOverdueAttendance')}</dt>
            <dd>{overdueAttendance}</dd>
          </div>
          <div className={`counts__item${overdueRecording > 0 ? ' counts__item--danger' : ''}`}>
            <dt>
              <abbr title={t('glossary.ncrs')}>{t('queue.countOverdueRecording')}</abbr>
            </dt>
            <dd>{overdueRecording}</dd>
          </div>
        </dl>
      )}

      <div className="queue-tools">
        <div className="form-group queue-tools__filter">
          <label className="form-label" htmlFor="queue-filter">
            {t('queue.filter')}
          </label>
          <p id="queue-filter-hint" className="form-hint">
            {t('queue.filterHint')}
          </p>
          <input
            ref={filterRef}
            id="queue-filter"
            type="search"
            className="form-input"
            aria-describedby="queue-filter-hint"
            autoComplete="off"
            spellCheck={false}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setFilter('');
              } else if (event.key === 'Enter') {
                event.preventDefault();
                move(0);
              }
            }}
          />
        </div>
        <div className="checkbox queue-tools__shortcuts">
          <input id="queue-shortcuts" type="checkbox" checked={shortcuts} onChange={(event) => setShortcuts(event.target.checked)} />
          <label htmlFor="queue-shortcuts">{t('queue.shortcuts')}</label>
        </div>
      </div>

      {queue.isPending && <Loading />}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && (
        <>
          <p className="results-bar__count" role="status">{t('queue.shown', { shown: items.length, total: all.length })}</p>
          {items.length === 0 ? (
            <p>{all.length === 0 ? t('queue.empty') : t('queue.noMatch')}</p>
          ) : (
            <div className="page-wide">
              <QueueTable items={items} grades={grades} now={now} selectedId={selectedId} onSelect={setSelectedId} />
            </div>
          )}
        </>
      )}
    </>
  );
}
