#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// How the goals' and reviews' tables store their values, shared by GoalsRepository and ReviewStore (inside the
// store only).
namespace funnelscope::boundvalue {

// Empty text, not NULL (a null QString binds as NULL).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// A day as its Julian day number; NULL when not set.
inline QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromJulianDay(v.toLongLong());
}

} // namespace funnelscope::boundvalue
