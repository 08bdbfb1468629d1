import { createContext, useContext } from 'react';
import { workspacePath } from '../api/index.ts';

export interface WorkspaceContextValue {
  id: string;
  name: string;
  /** The workspace-scoped API path for `path` ('/rfm' → '/api/v1/workspaces/<id>/rfm'). */
  path: (path: string) => string;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** The workspace every view reads from. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (value === null) throw new Error('useWorkspace outside a workspace');
  return value;
}

export function workspaceContextValue(id: string, name: string): WorkspaceContextValue {
  return { id, name, path: (path) => workspacePath(id, path) };
}
