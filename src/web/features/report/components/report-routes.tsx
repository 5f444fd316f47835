import { Route, Routes } from 'react-router';
import '../../../styles/report.css';
import { AboutYouPage } from './about-you-page.tsx';
import { CheckAnswersPage } from './check-answers-page.tsx';
import { ContactDetailsPage } from './contact-details-page.tsx';
import { CrimePage } from './crime-page.tsx';
import { IntroPage } from './intro-page.tsx';
import { PhotosPage } from './photos-page.tsx';
import { ReportLayout } from './report-chrome.tsx';
import { ReportNotFoundPage } from './report-not-found-page.tsx';
import { SentPage } from './sent-page.tsx';
import { StartPage } from './start-page.tsx';
import { StatusPage } from './status-page.tsx';
import { WhatHappenedPage } from './what-happened-page.tsx';
import { WhenPage } from './when-page.tsx';
import { WherePage } from './where-page.tsx';
import { WhoPage } from './who-page.tsx';
import { WhyPage } from './why-page.tsx';

/**
 * The public pages under /report: one lazily loaded chunk (with its stylesheet), so staff
 * never download it and a reporter downloads only this and the language they read.
 */
export function ReportRoutes() {
  return (
    <Routes>
      <Route element={<ReportLayout />}>
        <Route index element={<IntroPage />} />
        <Route path="start" element={<StartPage />} />
        <Route path="crime" element={<CrimePage />} />
        <Route path="what-happened" element={<WhatHappenedPage />} />
        <Route path="why" element={<WhyPage />} />
        <Route path="when" element={<WhenPage />} />
        <Route path="where" element={<WherePage />} />
        <Route path="who" element={<WhoPage />} />
        <Route path="photos" element={<PhotosPage />} />
        <Route path="about-you" element={<AboutYouPage />} />
        <Route path="contact-details" element={<ContactDetailsPage />} />
        <Route path="check" element={<CheckAnswersPage />} />
        <Route path="sent" element={<SentPage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="*" element={<ReportNotFoundPage />} />
      </Route>
    </Routes>
  );
}
