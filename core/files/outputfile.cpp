#include "outputfile.h"

#include "i18n/contexts.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace funnelscope {

OutputFile::OutputFile(const QString &path) : m_path(path) {}

OutputFile::~OutputFile() = default;

QString OutputFile::open()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        if (info.isDir()) {
            return FileText::tr("cannot write %1: it is a folder").arg(m_path);
        }
        // Renaming over a device or a pipe would replace it: those are written as they are.
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly)) {
            return error();
        }
        return {};
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    if (!m_save->open(QIODevice::WriteOnly)) {
        return error();
    }
    return {};
}

QIODevice *OutputFile::device() const
{
    if (m_save) {
        return m_save.get();
    }
    return m_direct.get();
}

bool OutputFile::write(const QByteArray &bytes)
{
    QIODevice *d = device();
    if (!d || d->write(bytes) != bytes.size()) {
        m_failed = true;
    }
    return !m_failed;
}

QString OutputFile::commit()
{
    if (m_save) {
        if (m_failed) {
            m_save->cancelWriting();
        }
        const bool ok = m_save->commit() && !m_failed;
        return ok ? QString() : error();
    }
    if (!m_direct) {
        return FileText::tr("cannot write %1: it was not opened").arg(m_path);
    }
    const bool ok = m_direct->flush() && m_direct->error() == QFileDevice::NoError && !m_failed;
    const QString message = ok ? QString() : error();
    m_direct->close();
    return message;
}

QString OutputFile::error() const
{
    QString reason;
    if (m_save && m_save->error() != QFileDevice::NoError) {
        reason = m_save->errorString();
    } else if (m_direct && m_direct->error() != QFileDevice::NoError) {
        reason = m_direct->errorString();
    }
    if (reason.isEmpty()) {
        reason = FileText::tr("not every byte could be written (is the disk full?)");
    }
    return m_save ? FileText::tr("cannot write %1: %2; any earlier copy of it is kept").arg(m_path, reason)
                  : FileText::tr("cannot write %1: %2").arg(m_path, reason);
}

} // namespace funnelscope
