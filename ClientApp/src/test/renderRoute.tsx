import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { appRoutes } from '../routes';

type UserEventOptions = Parameters<typeof userEvent.setup>[0];

/** Renders the whole app at `path` with the real route table, optionally with history state. */
export function renderRoute(path: string, userOptions?: UserEventOptions, state?: unknown) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [{ pathname: path, state }] });
  const user = userEvent.setup(userOptions);
  const result = render(<RouterProvider router={router} />);
  return { ...result, router, user };
}
