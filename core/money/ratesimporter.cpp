#include "ratesimporter.h"

#include "currency.h"
#include "i18n/contexts.h"
#include "store/importsink.h"
#include "store/ratestore.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace funnelscope {

namespace {

enum class Shape
{
    None,
    Ecb,     // Date,USD,JPY,...
    Nbp,     // data;1USD;1EUR;100HUF;...
    Generic, // date,from,to,rate
};

// A rate column of the ECB or NBP header: the currency and how many of its units the rate is for.
struct RateColumn
{
    int field = -1;
    QString code;
    double units = 1;
};

QList<QString> splitLine(const QString &line, QChar delimiter)
{
    QList<QString> out;
    for (const QString &f : line.split(delimiter)) {
        QString t = f.trimmed();
        if (t.size() >= 2 && t.startsWith(u'"') && t.endsWith(u'"')) {
            t = t.mid(1, t.size() - 2).trimmed();
        }
        out.append(t);
    }
    return out;
}

// The file's lines, as text: UTF-8 when it is, else Windows-1250 read as Latin-1 (the NBP's; only its digits,
// codes and separators are read).
QStringList readLines(const QByteArray &bytes)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF")) {
        b = b.mid(3);
    }
    QString text = QString::fromUtf8(b);
    if (text.contains(QChar::ReplacementCharacter)) {
        text = QString::fromLatin1(b);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text.split(u'\n');
}

Shape shapeOf(const QString &headerLine, QChar *delimiter)
{
    const QString lower = headerLine.trimmed().toLower();
    // The NBP's "data;1THB;1USD;...;100JPY;...": a "data" first column alone is not one (a Polish, Italian or
    // Portuguese campaign file starts with "Data;" too), its rate columns say units and a currency.
    if (lower.startsWith(QStringLiteral("data;")) || lower.startsWith(QStringLiteral("\"data\";"))) {
        static const QRegularExpression nbpColumn(QStringLiteral("^\\d+[a-z]{3}$"));
        const QList<QString> fields = splitLine(lower, u';');
        if (std::any_of(fields.begin() + 1, fields.end(),
                        [](const QString &f) { return nbpColumn.match(f).hasMatch(); })) {
            *delimiter = u';';
            return Shape::Nbp;
        }
        return Shape::None;
    }
    *delimiter = lower.contains(u';') && !lower.contains(u',') ? u';' : u',';
    const QList<QString> fields = splitLine(lower, *delimiter);
    if (fields.size() >= 4 && fields.at(0) == u"date" && fields.at(1) == u"from" && fields.at(2) == u"to" &&
        fields.at(3) == u"rate") {
        return Shape::Generic;
    }
    if (fields.size() >= 2 && fields.at(0) == u"date") {
        for (int i = 1; i < fields.size(); ++i) {
            if (!fields.at(i).isEmpty() && !currency::isCode(fields.at(i).toUpper())) {
                return Shape::None;
            }
        }
        return Shape::Ecb;
    }
    return Shape::None;
}

QDate parseDay(const QString &text)
{
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(text); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return QDate::fromString(text, Qt::ISODate);
}

// A rate as the banks write it: digits with one decimal point or comma, greater than 0.
std::optional<double> parseRate(QString text)
{
    static const QRegularExpression plain(QStringLiteral("^\\d+([.,]\\d+)?$"));
    if (!plain.match(text).hasMatch()) {
        return std::nullopt;
    }
    text.replace(u',', u'.');
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v > 0 && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

bool isMissing(const QString &cell)
{
    return cell.isEmpty() || cell.compare(QStringLiteral("N/A"), Qt::CaseInsensitive) == 0 || cell == u"-";
}

} // namespace

bool RatesImporter::isRatesFile(const QString &path, const ImportOptions &options)
{
    if (options.rates) {
        return true;
    }
    if (options.kind || !QFileInfo(path).isFile()) {
        return false; // a pipe or a device is the importer's to refuse, unread
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QStringList lines = readLines(file.read(4096));
    QChar delimiter;
    return !lines.isEmpty() && shapeOf(lines.first(), &delimiter) != Shape::None;
}

ImportResult RatesImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    result.file = QFileInfo(path).fileName();
    result.kind = QStringLiteral("rates");
    result.preset = QStringLiteral("generic");
    const auto refuse = [&](int line, const QString &column, const QString &reason) {
        result.status = ImportResult::Status::Refused;
        result.imported = 0;
        result.errors = {{line, column, reason}};
        return result;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(0, {}, Import::tr("cannot open the file: %1").arg(file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QStringList lines = readLines(bytes);
    QChar delimiter = u',';
    const Shape shape = lines.isEmpty() ? Shape::None : shapeOf(lines.first(), &delimiter);
    if (shape == Shape::None) {
        return refuse(1, {},
                      Import::tr("not an exchange rates file: expected the ECB's \"Date,USD,JPY,...\", the NBP's "
                                 "\"data;1USD;1EUR;...\" or \"date,from,to,rate\""));
    }
    result.source = !options.source.isEmpty() ? options.source
                    : shape == Shape::Ecb     ? QStringLiteral("ecb")
                    : shape == Shape::Nbp     ? QStringLiteral("nbp")
                                              : QStringLiteral("rates");
    const QList<QString> header = splitLine(lines.first(), delimiter);
    QList<RateColumn> columns;
    if (shape != Shape::Generic) {
        static const QRegularExpression nbpColumn(QStringLiteral("^(\\d+)([A-Za-z]{3})$"));
        for (int f = 1; f < header.size(); ++f) {
            const QString &h = header.at(f);
            if (h.isEmpty()) {
                continue; // the ECB's trailing empty column
            }
            RateColumn column{f, h.toUpper(), 1};
            if (shape == Shape::Nbp) {
                const auto m = nbpColumn.match(h);
                if (!m.hasMatch()) {
                    continue; // "nr tabeli", "pełny numer tabeli"
                }
                column.units = m.captured(1).toDouble();
                column.code = m.captured(2).toUpper();
                if (column.units <= 0) {
                    continue;
                }
            }
            columns.append(column);
        }
    }
    const QString base = shape == Shape::Ecb ? QStringLiteral("EUR") : QString();
    ImportSink sink(m_workspace);
    if (sink.hasRatesImport(sha, result.source)) {
        result.status = ImportResult::Status::Unchanged;
        return result;
    }
    if (const QString error = sink.begin(); !error.isEmpty()) {
        return refuse(0, {}, error);
    }
    NewImport record;
    record.fileName = result.file;
    record.filePath = QFileInfo(path).absoluteFilePath();
    record.fileSize = qint64(bytes.size());
    record.sha256 = sha;
    record.source = result.source;
    QString error;
    const qint64 importId = sink.addRatesImport(record, &error);
    if (importId < 0) {
        return refuse(0, {}, error);
    }
    RateStore rates(m_workspace);
    int stored = 0;
    const auto put = [&](qint64 day, const QString &from, const QString &to, double rate) {
        error = rates.put({from, to, day, rate}, importId);
        if (!error.isEmpty()) {
            return false;
        }
        ++stored;
        return true;
    };
    const auto reject = [&](int line, const QString &column, const QString &reason) {
        ++result.rejected;
        if (result.errors.size() < 1000) {
            result.errors.append({line, column, reason});
        }
    };
    for (int i = 1; i < lines.size(); ++i) {
        const int line = i + 1;
        const QString &text = lines.at(i);
        if (text.trimmed().isEmpty()) {
            continue;
        }
        const QList<QString> fields = splitLine(text, delimiter);
        const QDate date = parseDay(fields.at(0));
        if (!date.isValid()) {
            if (shape == Shape::Nbp) {
                continue; // the names line under the header, and the codes and names at the end
            }
            reject(line, header.value(0), Import::tr("not a date: '%1'").arg(fields.at(0)));
            continue;
        }
        const qint64 day = date.toJulianDay();
        if (shape == Shape::Generic) {
            const QString from = fields.value(1).toUpper();
            const QString to = fields.value(2).toUpper();
            const std::optional<double> rate = parseRate(fields.value(3));
            if (!currency::isCode(from) || !currency::isCode(to) || from == to) {
                reject(line, !currency::isCode(from) ? header.value(1) : header.value(2),
                       Import::tr("not a pair of different currency codes: '%1' to '%2'").arg(from, to));
            } else if (!rate) {
                reject(line, header.value(3), Import::tr("not a rate greater than 0: '%1'").arg(fields.value(3)));
            } else if (!put(day, from, to, *rate)) {
                return refuse(line, {}, error);
            }
            continue;
        }
        for (const RateColumn &c : columns) {
            const QString cell = fields.value(c.field);
            if (isMissing(cell)) {
                continue;
            }
            const std::optional<double> rate = parseRate(cell);
            if (!rate) {
                reject(line, header.value(c.field), Import::tr("not a rate greater than 0: '%1'").arg(cell));
                continue;
            }
            // ECB: 1 EUR = rate code. NBP: units code = rate PLN.
            const bool stored = shape == Shape::Ecb ? put(day, base, c.code, *rate)
                                                    : put(day, c.code, QStringLiteral("PLN"), *rate / c.units);
            if (!stored) {
                return refuse(line, {}, error);
            }
        }
        ++result.imported;
    }
    if (shape == Shape::Generic) {
        result.imported = stored;
    }
    if (stored == 0) {
        return refuse(0, {}, Import::tr("no exchange rates in this file"));
    }
    error = sink.finishRates(importId, result.imported, result.rejected, stored);
    if (error.isEmpty()) {
        error = sink.commit();
    }
    if (!error.isEmpty()) {
        return refuse(0, {}, error);
    }
    result.status = ImportResult::Status::Imported;
    result.importId = importId;
    return result;
}

} // namespace funnelscope
