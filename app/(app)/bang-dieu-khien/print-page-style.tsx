// The printed page: A4 landscape, the province and date in the footer, "Trang x/y" (CSS page margin boxes).
// Rendered with the page (not in print.css) because the footer carries the province's name and the date, and
// so that it leaves with the page when the user navigates elsewhere.

const cssString = (text: string) =>
  `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\n\r]/g, " ")}"`;

export function PrintPageStyle({ footer }: { footer: string }) {
  const css = `@page {
  size: A4 landscape;
  margin: 12mm 12mm 14mm 12mm;
  @bottom-left { content: ${cssString(footer)}; font: 9pt "Be Vietnam Pro", "Noto Sans", sans-serif; color: #334155; }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font: 9pt "Be Vietnam Pro", "Noto Sans", sans-serif; color: #334155; }
}`;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant style sheet written above, no user input
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
