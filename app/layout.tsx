import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PAR Tracker — Chỉ số CCHC", template: "%s · PAR Tracker" },
  description: "Theo dõi kế hoạch khắc phục, nâng cao Chỉ số cải cách hành chính (PAR Index) cấp tỉnh",
  // The files are in public/ (drawn in public/icon.svg; the PNGs and favicon.ico are renderings of it).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
