#include "companylogo.h"

#include "i18n/contexts.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace funnelscope {

namespace {

// A reader over bytes, deciding the format by their content, never by a file name.
struct BytesReader
{
    explicit BytesReader(const QByteArray &bytes)
    {
        buffer.setData(bytes); // shared, not copied
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
        reader.setDecideFormatFromContent(true);
    }
    QBuffer buffer;
    QImageReader reader;
};

} // namespace

QString CompanyLogo::format(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return {};
    }
    BytesReader r(bytes);
    if (!r.reader.canRead()) {
        return {};
    }
    const QString format = QString::fromLatin1(r.reader.format());
    return r.reader.size().isValid() && !r.reader.size().isEmpty() ? format : QString();
}

QString CompanyLogo::read(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Report::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (file.size() > MaxBytes) {
        return Report::tr("%1 is %2 KB: a logo may be at most %3 KB (save it smaller, or as SVG)")
            .arg(QDir::toNativeSeparators(path))
            .arg((file.size() + 1023) / 1024)
            .arg(MaxBytes / 1024);
    }
    const QByteArray data = file.readAll();
    if (format(data).isEmpty() || image(data, 64).isNull()) {
        return Report::tr("%1 is not an image Funnelscope can read: choose a PNG, JPEG or SVG file")
            .arg(QDir::toNativeSeparators(path));
    }
    *bytes = data;
    return {};
}

QString CompanyLogo::store(Workspace &workspace, const QString &path)
{
    QByteArray data;
    if (QString error = read(path, &data); !error.isEmpty()) {
        return error;
    }
    return store(workspace, data);
}

QString CompanyLogo::store(Workspace &workspace, const QByteArray &data)
{
    if (QString error = workspace.setSetting(QStringLiteral("logo_image"), QString::fromLatin1(data.toBase64()));
        !error.isEmpty()) {
        return error;
    }
    // The path older versions kept is no longer needed: the bytes are here.
    return workspace.setSetting(QStringLiteral("logo"), QString());
}

QString CompanyLogo::remove(Workspace &workspace)
{
    if (QString error = workspace.setSetting(QStringLiteral("logo_image"), QString()); !error.isEmpty()) {
        return error;
    }
    return workspace.setSetting(QStringLiteral("logo"), QString());
}

QByteArray CompanyLogo::bytes(const Workspace &workspace)
{
    const QString stored = workspace.setting(QStringLiteral("logo_image"));
    if (!stored.isEmpty()) {
        return QByteArray::fromBase64(stored.toLatin1());
    }
    const QString path = workspace.setting(QStringLiteral("logo"));
    QByteArray data;
    if (!path.isEmpty() && read(path, &data).isEmpty()) {
        return data;
    }
    return {};
}

QImage CompanyLogo::image(const QByteArray &bytes, int widthPixels)
{
    if (bytes.isEmpty()) {
        return {};
    }
    BytesReader r(bytes);
    const QSize size = r.reader.size();
    if (r.reader.format() == "svg" && size.isValid() && size.width() > 0 && widthPixels > size.width()) {
        // A vector logo renders sharp at the size it prints, its aspect kept.
        r.reader.setScaledSize(
            QSize(widthPixels, std::max(1, int(qint64(widthPixels) * size.height() / size.width()))));
    }
    return r.reader.read();
}

} // namespace funnelscope
