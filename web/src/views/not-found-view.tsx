import { PageHeader } from '../components/page-header.tsx';

/** An address the dashboard does not know. */
export function NotFoundView({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Page not found" intro={`There is no page at “${path}”.`} />
      <p>
        <a href="#/">Go to the overview</a>
      </p>
    </>
  );
}
