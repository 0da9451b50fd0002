import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PAR Tracker — Chỉ số CCHC", template: "%s · PAR Tracker" },
  description: "Theo dõi kế hoạch khắc phục, nâng cao Chỉ số cải cách hành chính (PAR Index) cấp tỉnh",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
