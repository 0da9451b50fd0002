/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several dev servers or a test build run side by side without sharing (and locking) one `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The pg driver and Prisma's adapter run on the server only; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "bcryptjs"],
};

export default nextConfig;
