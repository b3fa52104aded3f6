import type { Locale } from '@paseo/domain';
import { ReportForm } from '@/components/ReportForm';
import { t } from '@/lib/i18n';

/** The form for telling the editors something is wrong, in the page's language. */
export function Report({
  venueId,
  pagePath,
  locale,
}: {
  venueId: number | string;
  pagePath: string;
  locale: Locale;
}) {
  const words = t(locale);
  return (
    <ReportForm
      venueId={venueId}
      pagePath={pagePath}
      locale={locale}
      words={{
        title: words.reportError,
        intro: words.reportIntro,
        message: words.reportMessage,
        email: words.reportEmail,
        send: words.reportSend,
        sending: words.reportSending,
        thanks: words.reportThanks,
        failed: words.reportFailed,
        tooShort: words.reportTooShort,
        badEmail: words.reportBadEmail,
        tooMany: words.reportTooMany,
        tooLarge: words.reportTooLarge,
      }}
    />
  );
}
