// The app's screens. A HashRouter works from file://, a custom protocol and HTTP alike.
import { HashRouter, Route, Routes } from 'react-router';
import { Shell } from './Shell';
import { RegisterPage } from '../pages/register/RegisterPage';
import { NewResolutionPage, EditResolutionPage } from '../pages/resolution-form/ResolutionFormPages';
import { ResolutionPage } from '../pages/resolution/ResolutionPage';
import { CouncilsPage } from '../pages/councils/CouncilsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { UsersPage } from '../pages/users/UsersPage';
import { guardedRoute } from './guardedRoute';
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
          {guardedRoute('me', 'workspace.get', <WorkspacePage />)}
          <Route path="contacts" element={<ContactsPage />} />
          {['messages', 'messages/:id'].map((path) => guardedRoute(path, 'conversations.list', <MessagesPage />))}
          <Route path="desk" element={<DeskPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="sessions/:id" element={<SessionPage />} />
          {guardedRoute('resolutions/new', 'resolutions.register', <NewResolutionPage />)}
          <Route path="resolutions/:id" element={<ResolutionPage />} />
          {guardedRoute('resolutions/:id/edit', 'resolutions.update', <EditResolutionPage />)}
          {complaintRoutes}
          <Route path="councils" element={<CouncilsPage />} />
          <Route path="references" element={<ReferencesPage />} />
          {guardedRoute('users', 'users.create', <UsersPage />)}
          <Route path="sync" element={<SyncPage />} />
          {guardedRoute('reports', 'reports.get', <ReportsPage />)}
          {guardedRoute('network', 'lan.status', <NetworkPage />)}
          {guardedRoute('backup', 'backup.list', <BackupPage />)}
          <Route path="letters" element={<LettersPage />} />
          {guardedRoute('letters/settings', 'letters.updateSettings', <LetterSettingsPage />)}
          <Route path="letters/:id" element={<LetterPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
