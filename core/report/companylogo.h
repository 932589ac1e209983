#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace funnelscope {

class Workspace;

// The company's logo for the report's cover, kept inside the workspace (its image bytes, base64, in the setting
// "logo_image") so that the workspace stays one file a marketer can move or mail: a path to a file on one laptop
// would break on the next. It checks that a file is an image and not too large; it does not draw (ReportWriter does).
class CompanyLogo
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024; // a logo, not a photograph

    // The bytes of the image file path, or an error message naming the file (unreadable, too large, not an image).
    static QString read(const QString &path, QByteArray *bytes);
    // Reads path (as read()) and stores its bytes in the workspace; returns an error message, or empty.
    static QString store(Workspace &workspace, const QString &path);
    // Stores bytes read() returned.
    static QString store(Workspace &workspace, const QByteArray &bytes);
    static QString remove(Workspace &workspace);
    // The stored logo's bytes; for a workspace of an older version that kept only a path ("logo"), that file's, if it
    // still reads as an image. Empty when there is none.
    static QByteArray bytes(const Workspace &workspace);
    // The logo as an image at least widthPixels wide where it scales (SVG renders at that width; a raster image is
    // returned as it is, never enlarged), or a null image when bytes are no image.
    static QImage image(const QByteArray &bytes, int widthPixels);
    // Its format ("png", "jpeg", "svg"), or empty when bytes are no image.
    static QString format(const QByteArray &bytes);
};

} // namespace funnelscope
