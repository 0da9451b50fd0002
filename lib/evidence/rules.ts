// Evidence (tài liệu kiểm chứng) rules. Pure — no Node APIs, no zod — so the client form can show the same limits
// without shipping a validation library (its schema is lib/evidence/schema.ts).
// A file is accepted only when its extension AND its first bytes agree on one of the allowed types: a
// renamed .exe is refused, and so is a PDF saved as .docx.

export const EVIDENCE_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFiles: 5,
  maxLinks: 5,
} as const;

export const EVIDENCE_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;
export type EvidenceMimeType = (typeof EVIDENCE_TYPES)[EvidenceExtension];
export const EVIDENCE_MIME_TYPES = [...new Set(Object.values(EVIDENCE_TYPES))] as [
  EvidenceMimeType,
  ...EvidenceMimeType[],
];

/**
 * A file that passed the evidence checks (type sniffed, size, count) and waits to be written. Built on the
 * server by lib/evidence/prepare.ts, never taken from a client: route handlers do not accept it.
 */
export type PreparedFile = {
  storageKey: string;
  fileName: string;
  mimeType: EvidenceMimeType;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
};

/**
 * The evidence rows of one save, for a task update's and a self-score's evidence tables alike: one per stored
 * file (never its bytes) and one per link, each with `owner`, the row they belong to.
 */
export function evidenceRows<O extends Record<string, string>>(owner: O, files: PreparedFile[], links: string[]) {
  return [
    ...files.map((f) => ({
      ...owner,
      kind: "file",
      fileName: f.fileName,
      mimeType: f.mimeType,
      sizeBytes: f.sizeBytes,
      storageKey: f.storageKey,
      sha256: f.sha256,
    })),
    ...links.map((url) => ({ ...owner, kind: "link", url })),
  ];
}

/** For `<input type="file" accept>`: a hint for the picker only; the server decides. */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((ext) => `.${ext}`)
  .join(",");

export const EVIDENCE_ERRORS = {
  tooMany: `Tối đa ${EVIDENCE_LIMITS.maxFiles} tệp cho mỗi lần cập nhật.`,
  empty: (name: string) => `Tệp “${name}” rỗng.`,
  tooLarge: (name: string) => `Tệp “${name}” lớn hơn 10 MB: hãy nén hoặc tách nhỏ.`,
  extension: (name: string) => `Tệp “${name}”: chỉ nhận PDF, DOCX, XLSX, PNG hoặc JPEG.`,
  content: (name: string) => `Tệp “${name}” không đúng định dạng như phần mở rộng (tệp hỏng hoặc bị đổi tên).`,
} as const;

export function extensionOf(fileName: string): EvidenceExtension | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  const ext = match?.[1]?.toLowerCase();
  return ext && ext in EVIDENCE_TYPES ? (ext as EvidenceExtension) : null;
}

/** The file's name without folders or control characters, NFC, at most 200 characters (extension kept). */
export function cleanFileName(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips from names
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (cleaned.length <= 200) return cleaned || "tep";
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(cleaned)?.[0] ?? "";
  return cleaned.slice(0, 200 - ext.length) + ext;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** True when the bytes are what the extension claims. */
export function contentMatches(ext: EvidenceExtension, bytes: Uint8Array): boolean {
  switch (ext) {
    case "pdf":
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
    case "png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpg":
    case "jpeg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "docx":
      return isOfficeZip(bytes, "word/document.xml");
    case "xlsx":
      return isOfficeZip(bytes, "xl/workbook.xml");
  }
}

// An Office Open XML file is a ZIP whose directory lists [Content_Types].xml and the part that makes it a
// document ("word/document.xml") or a workbook ("xl/workbook.xml"). Reading the central directory names is
// enough to tell them apart; nothing is decompressed.
function isOfficeZip(bytes: Uint8Array, mainPart: string): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  const names = zipEntryNames(bytes);
  return names !== null && names.has("[Content_Types].xml") && names.has(mainPart);
}

/** Entry names from a ZIP's central directory, or null when the directory cannot be read. */
export function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const names = new Set<string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) return null;
    names.add(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff); // the trailing comment is at most 64 KiB
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/**
 * Content-Disposition for a download: an ASCII fallback for old clients plus the exact name as RFC 5987
 * `filename*` ("Báo cáo.pdf" → filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._ ()-]/g, "_");
  const encoded = encodeURIComponent(fileName.normalize("NFC")).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Types shown in the page (PDF, images): the bytes were sniffed on upload, so the stored type is the real one. */
export const PREVIEW_MIME_TYPES: readonly string[] = ["application/pdf", "image/png", "image/jpeg"];
export function isPreviewable(mimeType: string): boolean {
  return PREVIEW_MIME_TYPES.includes(mimeType);
}
