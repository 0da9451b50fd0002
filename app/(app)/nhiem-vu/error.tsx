"use client";

import { TaskError } from "@/components/tasks/TaskError";

export default function TaskSegmentError({ error, retry }: { error: unknown; retry: () => void }) {
  return <TaskError error={error} retry={retry} />;
}
