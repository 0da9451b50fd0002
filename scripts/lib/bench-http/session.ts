// Signs in as a user through next-auth's credentials flow, as a browser does: the CSRF token (and its cookie),
// then the credentials callback; returns the Cookie header that carries the session. And the task page such a user
// reaches first from its board.
import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
}

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const all = [...jar, ...cookiesOf(answer)];
  const session = all.find((c) => /next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`Không đăng nhập được ${email} (HTTP ${answer.status}).`);
  return all.join("; ");
}

/** The first task a signed-in user's agency board links to (bench:web's and bench:views' task page). */
export async function firstTaskPath(base: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${base}/nhiem-vu`, { headers: { cookie } })).text();
  const id = /href="\/nhiem-vu\/([^"?#/]+)/.exec(html)?.[1];
  if (!id) throw new Error("Bảng nhiệm vụ không có nhiệm vụ nào để đo.");
  return `/nhiem-vu/${id}`;
}
