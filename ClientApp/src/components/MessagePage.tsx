import type { ReactNode } from 'react';

interface MessagePageProps {
  title: string;
  children?: ReactNode;
}

/** A full page with a single heading and a short explanation, for empty, error and placeholder states. */
export function MessagePage({ title, children }: MessagePageProps) {
  return (
    <main className="page page-message">
      <h1>{title}</h1>
      {children}
    </main>
  );
}
