// Vitest stand-in for the `server-only` marker package (its default export throws outside React Server Components).
export {};
