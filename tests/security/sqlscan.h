#pragma once

#include <QStringList>

// SQL text may be put together from the program's own table, column and clause names, never from a value. Scans the
// .cpp files under root's core/, ui/ and app/ for SQL literals completed with arg(): every variable spliced in must be
// one of the names listed in sqlscan.cpp, and no placeholder sits in quotes. Returns what breaks that, one line each;
// counts the statements looked at into statements.
QStringList sqlBuiltFromOutside(const QString &root, int *statements);
