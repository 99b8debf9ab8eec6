// The app's screens. A HashRouter works from file://, a custom protocol and HTTP alike.
import { HashRouter, Route, Routes } from 'react-router';
import { Shell } from './Shell';
import { RegisterPage } from '../pages/register/RegisterPage';
import { NewResolutionPage, EditResolutionPage } from '../pages/resolution-form/ResolutionFormPages';
import { ResolutionPage } from '../pages/resolution/ResolutionPage';
import { CouncilsPage } from '../pages/councils/CouncilsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { UsersPage } from '../pages/users/UsersPage';
import { RequireAccess } from './RequireAccess';
import { LettersPage } from '../pages/letters/LettersPage';
import { LetterPage } from '../pages/letters/LetterPage';
import { LetterSettingsPage } from '../pages/letters/LetterSettingsPage';
import { DeskPage } from '../pages/desk/DeskPage';
import { SessionsPage } from '../pages/sessions/SessionsPage';
import { SessionPage } from '../pages/sessions/SessionPage';
import { SyncPage } from '../pages/sync/SyncPage';
import { BackupPage } from '../pages/backup/BackupPage';
import { NetworkPage } from '../pages/network/NetworkPage';
import { ReferencesPage } from '../pages/references/ReferencesPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { LandingPage } from '../pages/members/LandingPage';
import { WorkspacePage } from '../pages/members/WorkspacePage';
import { ContactsPage } from '../pages/members/ContactsPage';
import { MessagesPage } from '../pages/messages/MessagesPage';
import { complaintRoutes } from '../pages/complaints/routes';

export function AppRoutes() {
  return (
    <HashRouter>
      <Routes>
        <Route element={<Shell />}>
          <Route index element={<LandingPage />} />
          <Route
            path="me"
            element={
              <RequireAccess method="workspace.get">
                <WorkspacePage />
              </RequireAccess>
            }
          />
          <Route path="contacts" element={<ContactsPage />} />
          {['messages', 'messages/:id'].map((path) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireAccess method="conversations.list">
                  <MessagesPage />
                </RequireAccess>
              }
            />
          ))}
          <Route path="desk" element={<DeskPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="sessions/:id" element={<SessionPage />} />
          <Route
            path="resolutions/new"
            element={
              <RequireAccess method="resolutions.register">
                <NewResolutionPage />
              </RequireAccess>
            }
          />
          <Route path="resolutions/:id" element={<ResolutionPage />} />
          <Route
            path="resolutions/:id/edit"
            element={
              <RequireAccess method="resolutions.update">
                <EditResolutionPage />
              </RequireAccess>
            }
          />
          {complaintRoutes}
          <Route path="councils" element={<CouncilsPage />} />
          <Route path="references" element={<ReferencesPage />} />
          <Route
            path="users"
            element={
              <RequireAccess method="users.create">
                <UsersPage />
              </RequireAccess>
            }
          />
          <Route path="sync" element={<SyncPage />} />
          <Route
            path="reports"
            element={
              <RequireAccess method="reports.get">
                <ReportsPage />
              </RequireAccess>
            }
          />
          <Route
            path="network"
            element={
              <RequireAccess method="lan.status">
                <NetworkPage />
              </RequireAccess>
            }
          />
          <Route
            path="backup"
            element={
              <RequireAccess method="backup.list">
                <BackupPage />
              </RequireAccess>
            }
          />
          <Route path="letters" element={<LettersPage />} />
          <Route
            path="letters/settings"
            element={
              <RequireAccess method="letters.updateSettings">
                <LetterSettingsPage />
              </RequireAccess>
            }
          />
          <Route path="letters/:id" element={<LetterPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
