#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace funnelscope {

// Writes a SMART review (the document SmartReview builds) as a PDF for leadership: a cover, a one-page executive
// summary, the S/M/A/R/T sections with vector charts and tables that split across pages with their headers
// repeated, page numbers and data freshness in the footer, and an appendix defining every KPI shown. Text is real
// text; names print literally. A4, or Letter where the locale measures in US units.
class ReportWriter
{
public:
    struct Options
    {
        QLocale locale;
        QString company; // printed on the cover; the workspace name when empty
        QString logoPath;
    };

    // Returns an error message, or empty.
    static QString write(const QJsonObject &review, const QString &path, const Options &options);
};

} // namespace funnelscope
