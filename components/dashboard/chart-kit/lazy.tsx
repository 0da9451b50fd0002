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

/** A chart whose code is fetched only when it is first drawn (never on the server: its table stands in there). */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  loaders.push(load);
  return dynamic(load, { ssr: false });
}

// "Show every chart now" (before printing), shared by all the placeholders on the page.
let showAll = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Loads every chart's code, then draws all of them; resolves once they had time to measure their width. */
export async function showAllCharts(): Promise<void> {
  await Promise.all(loaders.map((load) => load()));
  showAll = true;
  for (const listener of listeners) listener();
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/**
 * Draws `children` once the box is within 400 px of the screen (or every chart is asked for); keeps its height.
 * The chart is mounted in a transition: React then renders it in slices, yielding to the browser between them,
 * instead of drawing every chart in view (all of them on a desktop screen) in one long task.
 */
export function WhenVisible({ height, children }: { height: number; children: ReactNode }) {
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
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setSeen(true));
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [seen]);
  const shown = seen || all;
  return (
    <div ref={ref} style={shown ? undefined : { minHeight: height }} data-chart-state={shown ? "shown" : "waiting"}>
      {shown ? children : null}
    </div>
  );
}
