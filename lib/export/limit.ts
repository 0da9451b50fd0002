// Documents that a library builds whole in memory — DOCX (the `docx` library builds the document tree, then its
// XML, then the zip) — and the PDF (pdfkit streams its pages as they are made, but lays them out on the CPU and
// keeps the fonts' glyph subsets until the end) are built at most IN_MEMORY_EXPORTS at a time in a process;
// more requests wait their turn. A burst of downloads then queues instead of multiplying memory, so a process's
// export memory stays bounded by this number times the largest province's report. XLSX and CSV exports stream
// their rows and need no queue.
export const IN_MEMORY_EXPORTS = 2;

let running = 0;
const queue: (() => void)[] = [];

/** Runs `build` when fewer than IN_MEMORY_EXPORTS in-memory exports are running. */
export async function inMemoryExport<T>(build: () => Promise<T>): Promise<T> {
  if (running >= IN_MEMORY_EXPORTS) await new Promise<void>((resolve) => queue.push(resolve));
  else running += 1;
  try {
    return await build();
  } finally {
    const next = queue.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else running -= 1;
  }
}

/** How many in-memory exports run now (for tests). */
export const inMemoryExportsRunning = () => running;
