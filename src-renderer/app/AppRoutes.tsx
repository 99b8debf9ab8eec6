// The app's screens. A HashRouter works from file://, a custom protocol and HTTP alike.
import { HashRouter, Route, Routes } from 'react-router';
import { Shell } from './Shell';
import { RegisterPage } from '../pages/register/RegisterPage';
import { NewResolutionPage, EditResolutionPage } from '../pages/resolution-form/ResolutionFormPages';
import { ResolutionPage } from '../pages/resolution/ResolutionPage';
import { CouncilsPage } from '../pages/councils/CouncilsPage';
import { NotFoundPage } from '../pages/NotFoundPage';

export function AppRoutes() {
  return (
    <HashRouter>
      <Routes>
        <Route element={<Shell />}>
          <Route index element={<RegisterPage />} />
          <Route path="resolutions/new" element={<NewResolutionPage />} />
          <Route path="resolutions/:id" element={<ResolutionPage />} />
          <Route path="resolutions/:id/edit" element={<EditResolutionPage />} />
          <Route path="councils" element={<CouncilsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
