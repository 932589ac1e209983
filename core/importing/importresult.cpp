#include "importresult.h"

#include "i18n/contexts.h"

#include <QJsonArray>

namespace funnelscope {

QString ImportResult::statusName() const
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QJsonObject ImportResult::toJson() const
{
    QJsonArray errorList;
    for (const ImportError &e : errors) {
        QJsonObject o{{QStringLiteral("line"), e.line > 0 ? QJsonValue(e.line) : QJsonValue()},
                      {QStringLiteral("reason"), e.reason}};
        o.insert(QStringLiteral("column"), e.column.isEmpty() ? QJsonValue() : QJsonValue(e.column));
        errorList.append(o);
    }
    QJsonObject o{
        {QStringLiteral("file"), file},
        {QStringLiteral("kind"), kind.isEmpty() ? QJsonValue() : QJsonValue(kind)},
        {QStringLiteral("preset"), preset},
        {QStringLiteral("source"), source},
        {QStringLiteral("status"), statusName()},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("replaced"), replaced},
        {QStringLiteral("errors"), errorList},
        {QStringLiteral("ignored"), QJsonArray::fromStringList(ignored)},
    };
    if (errorsNotListed > 0) {
        o.insert(QStringLiteral("errors_not_listed"), errorsNotListed);
    }
    if (!stagesCountedAsOpen.isEmpty()) {
        o.insert(QStringLiteral("stages_counted_as_open"), QJsonArray::fromStringList(stagesCountedAsOpen));
    }
    if (!encoding.isEmpty()) {
        o.insert(QStringLiteral("encoding"), encoding);
        o.insert(QStringLiteral("delimiter"), delimiter);
    }
    if (!language.isEmpty()) {
        o.insert(QStringLiteral("language"), language);
    }
    if (!dateOrder.isEmpty()) {
        o.insert(QStringLiteral("date_order"), dateOrder);
    }
    if (spreadFrom.isValid()) {
        o.insert(QStringLiteral("spread"), QJsonObject{{QStringLiteral("from"), spreadFrom.toString(Qt::ISODate)},
                                                       {QStringLiteral("to"), spreadTo.toString(Qt::ISODate)}});
    }
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note);
    }
    return o;
}

QString ImportResult::summary() const
{
    QString text;
    switch (status) {
    case Status::Imported:
        text = Import::tr("%1: imported %2 %3 rows (source '%4')").arg(file).arg(imported).arg(kind, source);
        if (!presetTitle.isEmpty()) {
            text += Import::tr(" as a %1 export (%2% of its columns recognised)")
                        .arg(presetTitle)
                        .arg(qRound(confidence * 100));
        }
        if (rejected > 0) {
            text += Import::tr(", rejected %1").arg(rejected);
        }
        if (replaced > 0) {
            text += Import::tr(", replaced %1 stored rows").arg(replaced);
        }
        break;
    case Status::Unchanged:
        text = Import::tr("%1: unchanged (these bytes were imported before)").arg(file);
        break;
    case Status::Cancelled:
        text = Import::tr("%1: cancelled, nothing imported").arg(file);
        break;
    case Status::Refused:
        text = Import::tr("%1: refused, nothing imported").arg(file);
        break;
    }
    for (const ImportError &e : errors) {
        text += QStringLiteral("\n  ") + file;
        if (e.line > 0) {
            text += Import::tr(", line %1").arg(e.line);
        }
        if (!e.column.isEmpty()) {
            text += Import::tr(", column '%1'").arg(e.column);
        }
        text += QStringLiteral(": ") + e.reason;
    }
    if (errorsNotListed > 0) {
        text += Import::tr("\n  ... and %1 more rejected rows").arg(errorsNotListed);
    }
    if (!note.isEmpty()) {
        text += QStringLiteral("\n  ") + note;
    }
    if (!ignored.isEmpty()) {
        text += Import::tr("\n  ignored columns: ") + ignored.join(QStringLiteral(", "));
    }
    if (!stagesCountedAsOpen.isEmpty()) {
        text += Import::tr("\n  stages counted as open: %1 (map a stage to won, lost or open with --stage "
                           "\"STAGE=won\")")
                    .arg(stagesCountedAsOpen.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace funnelscope
