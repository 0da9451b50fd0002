"use client";
// The dashboard's charts load when they come near the screen, not with the page: Recharts is most of the page's
// JavaScript and drawing six charts at once was most of its blocking time. The numbers are on the page before any
// script runs (the key sentence and the table under each chart); printing loads every chart first (PrintButton).
import dynamic from "next/dynamic";
import {
  type ComponentType,
  type ReactNode,
  startTransition,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";

// Every lazy chart's loader, so that printing can load them all at once.
const loaders: (() => Promise<unknown>)[] = [];

/** A chart component whose code is fetched when it is first drawn; `load` fetches it ahead (WhenVisible). */
export type LazyChart<P> = ComponentType<P> & { load: () => Promise<unknown> };

/** A chart whose code is fetched only when it is first drawn (never on the server: its table stands in there). */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>): LazyChart<P> {
  loaders.push(load);
  return Object.assign(dynamic(load, { ssr: false }), { load });
}

// "Show every chart now" (before printing), shared by all the placeholders on the page.
let showAll = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// Charts that came into view wait in line and are drawn one at a time, each in a task of its own two frames after
// the one before: Recharts 3 keeps its state in a store read with useSyncExternalStore, whose updates React renders
// synchronously, so a transition alone does not slice a chart's drawing, and three charts in view at once (a
// desktop screen) were one long task. A chart's code is fetched before its turn: drawn while its code was still
// on the way, each chart suspended, and React retried every boundary that the same Recharts chunk released in one
// render (two charts, one task of 600 ms on a desktop screen here).
type Turn = { draw: () => void; load: () => Promise<unknown> };
const waiting: Turn[] = [];
let drawing = false;
const nextTask = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function drawInTurn(turn: Turn): Promise<void> {
  waiting.push(turn);
  if (drawing) return;
  drawing = true;
  try {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      // a chunk that fails to load is drawn anyway: next/dynamic then fails the way it always did
      await next.load().catch(() => undefined);
      startTransition(next.draw);
      await nextTask();
      await nextTask();
    }
  } finally {
    drawing = false;
  }
}

/** Loads every chart's code, then draws all of them; resolves once they had time to measure their width. */
export async function showAllCharts(): Promise<void> {
  await Promise.all(loaders.map((load) => load()));
  showAll = true;
  for (const listener of listeners) listener();
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/**
 * Draws `children` in its turn (drawInTurn) once the box is within 200 px of the screen, or at once when every chart
 * is asked for (printing); keeps its height until then. `load` fetches the chart's code (LazyChart's).
 */
export function WhenVisible({
  height,
  load,
  children,
}: {
  height: number;
  load: () => Promise<unknown>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  const all = useSyncExternalStore(
    subscribe,
    () => showAll,
    () => false,
  );
  useEffect(() => {
    const box = ref.current;
    if (!box || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void drawInTurn({ draw: () => setSeen(true), load });
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [seen, load]);
  const shown = seen || all;
  return (
    <div ref={ref} style={shown ? undefined : { minHeight: height }} data-chart-state={shown ? "shown" : "waiting"}>
      {shown ? children : null}
    </div>
  );
}
