#pragma once

#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace funnelscope {

// A file the app writes (a report, an exported table): it appears whole or not at all. A regular file is written
// to a temporary file beside it and renamed over it on commit, so a kill or a full disk leaves the last good copy;
// a device or pipe (/dev/stdout) is written directly. Every write is checked: commit() says whether all of it landed.
// It knows bytes, not what they mean.
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Returns an error message, or empty.
    QString open();
    // The device to write to, once open.
    QIODevice *device() const;
    // Writes bytes; false (and commit() fails) when they did not all land.
    bool write(const QByteArray &bytes);
    // Finishes the file; returns an error message naming it, or empty. Without a commit nothing replaces the file.
    QString commit();

private:
    QString error() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    bool m_failed = false;
};

} // namespace funnelscope
