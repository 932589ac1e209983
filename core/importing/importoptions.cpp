#include "importoptions.h"

namespace funnelscope {

QString ImportOptions::fingerprint(Kind resolvedKind, DateOrder resolvedOrder) const
{
    const QString order = resolvedOrder == DateOrder::DayFirst     ? QStringLiteral("dmy")
                          : resolvedOrder == DateOrder::MonthFirst ? QStringLiteral("mdy")
                                                                   : QString();
    return QStringLiteral("kind=%1;preset=%2;encoding=%3;date-order=%4")
        .arg(kindName(resolvedKind), preset, encoding.toLower(), order);
}

} // namespace funnelscope
