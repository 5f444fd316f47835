import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { groupByLondonDay } from './timeline-days.ts';
import '../styles/timeline.css';

/** One dated thing on a timeline. */
export interface TimelineItem {
  id: string;
  /** ISO 8601 instant; shown as London time, grouped by London day. */
  at: string;
  /** 'report' | 'signal' | 'assessment' | 'event' | 'evidence' | 'cia', or any other word: picks the marker's shape. */
  kind: string;
  /** The kind in words, shown as a badge on every item ("Report"): the kind is never told by shape or colour alone. */
  kindLabel: string;
  title: string;
  detail?: string | null;
  /** A router path; the title links to it. */
  href?: string;
}

export interface TimelineProps {
  items: readonly TimelineItem[];
  /** Shown instead of the timeline when there are no items. */
  emptyText: string;
  /** The level of each day's heading, below the section the timeline is in (default 3). */
  headingLevel?: 2 | 3 | 4;
}

const kindClass = (kind: string) => `timeline__item--${kind.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * A vertical timeline, newest first, in Europe/London days ("Mon 23 Nov 2026") with each item's
 * time ("14:05"), a badge naming its kind, its title (a link when it has an href) and detail.
 */
export function Timeline({ items, emptyText, headingLevel = 3 }: TimelineProps) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const days = useMemo(() => groupByLondonDay(items, language), [items, language]);
  if (days.length === 0) {
    return <p className="timeline__empty">{emptyText}</p>;
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="timeline">
      {days.map((day) => (
        <div key={day.day} className="timeline__day">
          <Heading className="timeline__heading">
            <time dateTime={day.day}>{day.heading}</time>
          </Heading>
          <ol className="timeline__items">
            {day.items.map((item) => (
              <li key={item.id} className={`timeline__item ${kindClass(item.kind)}`}>
                <time className="timeline__time" dateTime={item.at}>
                  {item.time}
                </time>
                <div className="timeline__body">
                  <span className="timeline__kind">{item.kindLabel}</span>
                  <p className="timeline__title">{item.href ? <Link to={item.href}>{item.title}</Link> : item.title}</p>
                  {item.detail && <p className="timeline__detail">{item.detail}</p>}
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
