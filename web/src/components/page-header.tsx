import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The page title (the one h1), a sentence on what the page is for, and page actions. */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
        {intro === undefined ? null : <p className="intro">{intro}</p>}
      </div>
      {actions === undefined ? null : <div className="page-actions">{actions}</div>}
    </header>
  );
}
