import type { ReactNode } from 'react';

interface MessagePageProps {
  title: string;
  children?: ReactNode;
}

/** Renders a page with one heading and a short explanation, for error and placeholder states. */
export function MessagePage({ title, children }: MessagePageProps) {
  return (
    <main className="page page-message">
      <h1>{title}</h1>
      {children}
    </main>
  );
}
