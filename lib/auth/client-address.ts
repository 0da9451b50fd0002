// The client's address for sign-in limits. It comes from the TCP socket; X-Forwarded-For is believed only for
// hops through proxies the operator declared (TRUSTED_PROXIES or TRUSTED_PROXY_HOPS), so a made-up header
// neither escapes a limit nor locks someone else out. Route handlers never see the socket, so the server
// (scripts/server.ts) resolves the address and passes it on in a header signed with the session secret; a
// client sending that header itself cannot forge the signature.
import { createHmac, timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-par-client-address";
export const UNKNOWN_ADDRESS = "unknown";

export type ProxyTrust = { proxies: string[]; hops: number };

function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

function trustList(proxies: string[]): BlockList {
  const list = new BlockList();
  for (const entry of proxies) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address)) throw new Error(`TRUSTED_PROXIES: "${entry}" không phải địa chỉ IP hoặc dải CIDR.`);
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The address of the client: the socket's, or the first untrusted hop of X-Forwarded-For counted from the right. */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trust: ProxyTrust,
): string {
  const socket = socketAddress ? normalise(socketAddress) : UNKNOWN_ADDRESS;
  if (trust.proxies.length === 0 && trust.hops === 0) return socket;
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map(normalise)
      .filter((a) => isIP(a) !== 0),
    socket,
  ];
  if (trust.hops > 0) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
  const list = trustList(trust.proxies);
  let index = chain.length - 1;
  while (index > 0 && isTrusted(list, chain[index] ?? "")) index--;
  return chain[index] ?? socket;
}

function signature(address: string, secret: string): string {
  return createHmac("sha256", secret).update(`client-address:${address}`).digest("base64url");
}

export function signClientAddress(address: string, secret: string): string {
  return `${address} ${signature(address, secret)}`;
}

/** The address the server signed, or "unknown" when the header is missing (next dev) or forged. */
export function readClientAddress(value: string | null | undefined, secret: string | undefined): string {
  if (!value || !secret) return UNKNOWN_ADDRESS;
  const [address, given] = value.split(" ");
  if (!address || !given) return UNKNOWN_ADDRESS;
  const expected = Buffer.from(signature(address, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? address : UNKNOWN_ADDRESS;
}
