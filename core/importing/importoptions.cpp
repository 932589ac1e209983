#include "importoptions.h"

#include <QStringList>

namespace funnelscope {

QString ImportOptions::fingerprint(Kind resolvedKind, DateOrder resolvedOrder) const
{
    const QString order = resolvedOrder == DateOrder::DayFirst     ? QStringLiteral("dmy")
                          : resolvedOrder == DateOrder::MonthFirst ? QStringLiteral("mdy")
                                                                   : QString();
    QString text = QStringLiteral("kind=%1;preset=%2;encoding=%3;date-order=%4")
                       .arg(kindName(resolvedKind), preset, encoding.toLower(), order);
    if (!decimalSeparator.isNull()) {
        text += QStringLiteral(";decimal=%1").arg(decimalSeparator);
    }
    QStringList headers = columns.keys();
    headers.sort();
    for (const QString &h : headers) {
        text += QStringLiteral(";column:%1=%2").arg(h, columns.value(h));
    }
    QStringList given = constants.keys();
    given.sort();
    for (const QString &c : given) {
        text += QStringLiteral(";constant:%1=%2").arg(c, constants.value(c));
    }
    if (rangeFrom.isValid() && rangeTo.isValid()) {
        text += QStringLiteral(";range=%1..%2").arg(rangeFrom.toString(Qt::ISODate), rangeTo.toString(Qt::ISODate));
    }
    // Only deals read stages: a mapping remembered since must not make a campaign file imported before look new.
    if (resolvedKind == Kind::Deals) {
        text += stages.fingerprint();
    }
    if (!currency.isEmpty()) {
        text += QStringLiteral(";currency=") + currency;
    }
    return text;
}

} // namespace funnelscope
