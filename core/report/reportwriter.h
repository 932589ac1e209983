#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace funnelscope {

// Writes a SMART review (the document SmartReview builds) as a PDF for leadership: a cover, a one-page executive
// summary, the S/M/A/R/T sections with vector charts and tables that split across pages with their headers
// repeated, page numbers and data freshness in the footer, and an appendix defining every KPI shown. Text is real
// text; names print literally. A4, or Letter where the locale measures in US units. The sections printed, the cover's
// author and audience and the user's comment per section are the review's own (ReportChoices::ofReview).
class ReportWriter
{
public:
    struct Options
    {
        QLocale locale;
        QString company;  // printed on the cover; the workspace name when empty
        QByteArray logo;  // the logo's image bytes as the workspace keeps them (CompanyLogo), or empty
        QString logoPath; // an image file, when logo is empty
    };

    // Returns an error message, or empty.
    static QString write(const QJsonObject &review, const QString &path, const Options &options);
};

} // namespace funnelscope
