import { type ReactNode, useEffect, useRef } from 'react';

export interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The page title (the one h1), a sentence on what the page is for, and page actions. */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new page moves focus to its title, so keyboard and screen-reader users start at the top of it.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {intro === undefined ? null : <p className="intro">{intro}</p>}
      </div>
      {actions === undefined ? null : <div className="page-actions">{actions}</div>}
    </header>
  );
}
