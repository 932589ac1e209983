#pragma once

#include "importoptions.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace funnelscope {

// What one file's import did, as the CLI's JSON and the import summary report it.
struct ImportResult
{
    enum class Status
    {
        Imported,
        Unchanged,
        Refused,
        Cancelled
    };

    QString file;
    QString kind;
    QString preset = QStringLiteral("generic");
    QString presetTitle;   // the tool and its language ("Google Ads (Polish)"), for a preset other than generic
    QString language;      // the header's language (en, pl, pt, ...; Vocabulary), or empty when none tells
    double confidence = 0; // how much of the header the mapping recognised, 0–1
    QString note;          // e.g. which of the file's tables was imported
    QString source;
    Status status = Status::Refused;
    int imported = 0; // data rows accepted, before summing
    int rejected = 0;
    int replaced = 0; // stored rows of earlier imports replaced or updated
    QList<ImportError> errors;
    int errorsNotListed = 0; // rejections beyond the ones kept in errors
    QStringList ignored;
    // Deal stages no rule and no mapping knew, imported as open: the user sees them and can map them.
    QStringList stagesCountedAsOpen;
    QString encoding;
    QString delimiter;
    QString dateOrder;
    qint64 importId = -1;
    // The days a range report's totals were spread over (RangeSpread), or invalid.
    QDate spreadFrom;
    QDate spreadTo;

    QString statusName() const;
    QJsonObject toJson() const;
    // One readable paragraph for a terminal or a message box.
    QString summary() const;
};

} // namespace funnelscope
