"use client";

import { useEffect } from "react";
import { markTaskSeenAction } from "@/lib/tasks/actions";

/**
 * Marks the task as opened by this user once the page is really on screen — an effect, not the server render,
 * so a link prefetch never clears a "Mới" marker the user has not seen.
 */
export function MarkSeen({ taskId }: { taskId: string }) {
  useEffect(() => {
    markTaskSeenAction(taskId).catch(() => {
      // A missed mark only leaves the "Mới" marker one visit longer; nothing to tell the user.
    });
  }, [taskId]);
  return null;
}
