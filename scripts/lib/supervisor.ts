// Under `npm start` (scripts/start.ts passes its pid as PAR_SUPERVISOR_PID): a child that finds the start script
// gone (killed with SIGKILL, which it cannot forward) stops rather than run orphaned.
export function watchSupervisor(what: string, stop: () => void): void {
  const parent = Number(process.env.PAR_SUPERVISOR_PID);
  if (!parent) return;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      console.error(`✖ Tiến trình npm start đã dừng: ${what} dừng theo.`);
      stop();
      setTimeout(() => process.exit(1), 3000).unref();
    }
  }, 1000).unref();
}
