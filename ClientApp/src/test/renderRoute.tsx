import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { appRoutes } from '../routes';

type UserEventOptions = Parameters<typeof userEvent.setup>[0];

/** Renders the whole app at `path`, which may end in a query string, with the real route table and optional history state. */
export function renderRoute(path: string, userOptions?: UserEventOptions, state?: unknown) {
  const queryStart = path.indexOf('?');
  const pathname = queryStart === -1 ? path : path.slice(0, queryStart);
  const search = queryStart === -1 ? '' : path.slice(queryStart);
  const router = createMemoryRouter(appRoutes, { initialEntries: [{ pathname, search, state }] });
  const user = userEvent.setup(userOptions);
  const result = render(<RouterProvider router={router} />);
  return { ...result, router, user };
}
