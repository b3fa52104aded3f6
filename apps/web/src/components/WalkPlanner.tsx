'use client';

import type { Locale } from '@paseo/domain/locales';
// Only the planner of the domain package: the browser gets no rules engine and no schemas.
import {
  type BestRouteOrder,
  bestRouteOrder,
  maxReorderedStops,
  planRoute,
  type RouteStop,
  type WalkPlan,
} from '@paseo/domain/walkPlan';
import { instantAt, wallClock } from '@paseo/domain/wallClock';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { clockTime } from './clockWords';
import { plannerWords, shutCount, stateLine, zoneName } from './walkPlanLines';

type Planned = { plan: WalkPlan; locale: Locale };
const PlanContext = createContext<Planned | undefined>(undefined);

type Props = {
  /** The stops with their open intervals for the coming days, worked out on the server. */
  route: RouteStop[];
  /** Each stop's venue name in the page's language, by slug, for a suggested order. */
  names: Record<string, string>;
  timeZone: string;
  locale: Locale;
  reorderable: boolean;
  /** The stops as the server rendered them; each shows its times through `StopTiming`. */
  children: ReactNode;
};

const fiveMinutes = 5 * 60_000;
const day = 24 * 60 * 60_000;

/**
 * The walk's start (day and time on the venues' clock, the visitor's now to begin with) and the
 * plan it gives, worked out in the browser: the page is cached, so only the visitor's clock knows
 * what "now" is. The stops' open intervals come with the page; no rules engine is sent.
 */
export function WalkPlanner({ route, names, timeZone, locale, reorderable, children }: Props) {
  const w = plannerWords[locale];
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [suggestion, setSuggestion] = useState<BestRouteOrder | undefined>(undefined);

  useEffect(() => {
    const now = wallClock(Math.ceil(Date.now() / fiveMinutes) * fiveMinutes, timeZone);
    setDate(now.date);
    setTime(now.time);
  }, [timeZone]);

  const start = date && time ? instantAt(date, time, timeZone) : undefined;
  const plan = useMemo(
    () => (start === undefined ? undefined : planRoute(route, start, timeZone)),
    [route, start, timeZone],
  );
  const schedules = route.flatMap((stop) => (stop.schedule ? [stop.schedule] : []));
  const from = schedules.length > 0 ? Math.max(...schedules.map((s) => s.from)) : undefined;
  const until = schedules.length > 0 ? Math.min(...schedules.map((s) => s.until)) : undefined;
  const outside =
    plan !== undefined &&
    from !== undefined &&
    until !== undefined &&
    (plan.start < from || plan.ends >= until);

  return (
    <PlanContext.Provider value={plan ? { plan, locale } : undefined}>
      <form className="walk-planner" data-testid="walk-planner" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>
            {w.legend} <span className="walk-planner__zone">({w.zone(zoneName(timeZone, locale))})</span>
          </legend>
          <label>
            {w.date}
            <input
              type="date"
              name="date"
              value={date}
              min={from === undefined ? undefined : wallClock(from, timeZone).date}
              max={until === undefined ? undefined : wallClock(until - day, timeZone).date}
              onChange={(event) => {
                setDate(event.target.value);
                setSuggestion(undefined);
              }}
              required
            />
          </label>
          <label>
            {w.time}
            <input
              type="time"
              name="time"
              step={300}
              value={time}
              onChange={(event) => {
                setTime(event.target.value);
                setSuggestion(undefined);
              }}
              required
            />
          </label>
        </fieldset>
        <p className="walk-planner__summary" data-testid="walk-summary" aria-live="polite">
          {plan
            ? outside
              ? w.outside
              : `${w.shut(shutCount(plan), plan.stops.length)} · ${w.ends(clockTime(plan.ends, timeZone, locale))}`
            : '\u00a0'}
        </p>
        {reorderable && route.length <= maxReorderedStops ? (
          <div className="walk-planner__reorder">
            <button
              type="button"
              className="button"
              disabled={!plan || outside}
              onClick={() => plan && setSuggestion(bestRouteOrder(route, plan.start, timeZone))}
            >
              {w.suggest}
            </button>
            {/* Mounted from the start, so a screen reader announces what is written into it. */}
            <div data-testid="walk-suggestion" aria-live="polite">
              {suggestion ? (
                <Suggestion suggestion={suggestion} names={names} timeZone={timeZone} locale={locale} />
              ) : null}
            </div>
          </div>
        ) : null}
      </form>
      {children}
    </PlanContext.Provider>
  );
}

function Suggestion({
  suggestion,
  names,
  timeZone,
  locale,
}: {
  suggestion: BestRouteOrder;
  names: Record<string, string>;
  timeZone: string;
  locale: Locale;
}) {
  const w = plannerWords[locale];
  // The button is offered only for walks short enough to reorder.
  if (!suggestion.found && suggestion.reason === 'too-many-stops') return null;
  const nameOf = (slug: string) => names[slug] ?? slug;
  return (
    <>
      <p>
        {suggestion.found
          ? w.suggested(suggestion.plan.meters)
          : `${w.noOrder(suggestion.shut.map(nameOf).join(', '))} ${w.fewestShut}`}
      </p>
      <ol>
        {suggestion.plan.stops.map((stop) => (
          <li key={stop.venue}>
            {nameOf(stop.venue)} — {clockTime(stop.arrives, timeZone, locale)}:{' '}
            {stateLine(stop.status, stop.arrives, timeZone, locale)}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A stop's arrival, departure and what the visitor finds there, from the planner's plan. */
export function StopTiming({ index }: { index: number }) {
  const planned = useContext(PlanContext);
  const stop = planned?.plan.stops[index];
  if (!planned || !stop) return <p className="walk-stop__timing">{'\u00a0'}</p>;
  const { plan, locale } = planned;
  const w = plannerWords[locale];
  return (
    <p className="walk-stop__timing" data-testid="stop-timing" data-state={stop.status.state}>
      <span className="walk-stop__times">
        {w.arrive} {clockTime(stop.arrives, plan.timeZone, locale)} · {w.leave}{' '}
        {clockTime(stop.leaves, plan.timeZone, locale)}
      </span>{' '}
      <span className={`walk-stop__state walk-stop__state--${stop.status.state}`}>
        {stateLine(stop.status, stop.arrives, plan.timeZone, locale)}
      </span>
    </p>
  );
}
