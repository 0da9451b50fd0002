/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The pg driver and Prisma's adapter run on the server only; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "bcryptjs"],
};

export default nextConfig;
