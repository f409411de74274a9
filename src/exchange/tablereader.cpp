// Which reader a file needs (by its content first, then its extension), and the zip access xlsx and ods
// share.

#include "tablereader.h"

#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>

namespace cordee::tablereader {

namespace {

// The translation context of the readers' messages (lupdate reads Reader::tr the same way).
struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(Reader)
};

// No part of a registration workbook comes near this once inflated; a "zip bomb" does.
constexpr qint64 MaxEntrySize = 512 * 1024 * 1024;

Result<TextTable> readZip(const QByteArray &bytes, const QString &name)
{
    const detail::ZipArchive zip(bytes);
    if (!zip.isOpen())
        return Error{
            Reader::tr("“%1” looks like a zip archive but cannot be opened; it may be damaged.").arg(name),
            {}};
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return detail::readXlsx(bytes, name);
    const QByteArray mimetype = zip.read(QStringLiteral("mimetype")).value_or(QByteArray()).trimmed();
    if (mimetype == "application/vnd.oasis.opendocument.spreadsheet" ||
        (mimetype.isEmpty() && zip.contains(QStringLiteral("content.xml"))))
        return detail::readOds(bytes, name);
    if (mimetype.startsWith("application/vnd.oasis.opendocument."))
        return Error{Reader::tr("“%1” is an OpenDocument file but not a spreadsheet (.ods).").arg(name), {}};
    return Error{Reader::tr("“%1” is a zip archive but neither an .xlsx nor an .ods workbook.").arg(name),
                 {}};
}

Result<TextTable> readBytes(const QByteArray &bytes, const QString &suffix, const QString &name,
                            const ReadOptions &options)
{
    if (bytes.startsWith("PK\x03\x04"))
        return readZip(bytes, name);
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error{
            Reader::tr("“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which "
                       "cannot be read here: save it as .xlsx without a password, or as CSV.")
                .arg(name),
            {}};
    if (bytes.isEmpty())
        return Error{Reader::tr("“%1” is empty: it has no header row.").arg(name), {}};
    if (suffix == u"xlsx" || suffix == u"ods")
        return Error{
            Reader::tr("“%1” is not a valid .%2 workbook: it is not a zip archive.").arg(name, suffix), {}};
    return detail::readText(bytes, options, name);
}

} // namespace

Result<TextTable> readFile(const QString &path, const ReadOptions &options)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Reader::tr("“%1” cannot be read: there is no such file.").arg(name), {}};
    if (info.isDir())
        return Error{Reader::tr("“%1” cannot be read: it is a folder.").arg(name), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Reader::tr("“%1” cannot be read: %2").arg(name, file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Reader::tr("“%1” cannot be read: %2").arg(name, file.errorString()), {}};
    return readBytes(bytes, info.suffix().toLower(), name, options);
}

namespace detail {

ZipArchive::ZipArchive(const QByteArray &bytes)
    : m_bytes(bytes)
    , m_buffer(std::make_unique<QBuffer>(&m_bytes))
    , m_zip(std::make_unique<QuaZip>(m_buffer.get()))
{
    m_zip->open(QuaZip::mdUnzip);
}

ZipArchive::~ZipArchive()
{
    m_zip->close();
}

bool ZipArchive::isOpen() const
{
    return m_zip->isOpen();
}

bool ZipArchive::contains(const QString &entry) const
{
    return m_zip->isOpen() && m_zip->setCurrentFile(entry);
}

std::optional<QByteArray> ZipArchive::read(const QString &entry) const
{
    if (!contains(entry))
        return std::nullopt;
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info) || info.uncompressedSize > quint64(MaxEntrySize))
        return std::nullopt;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The size in the directory can lie: read in chunks and stop at the limit whatever it says.
    QByteArray data;
    data.reserve(qsizetype(std::min<quint64>(info.uncompressedSize, 64 * 1024 * 1024)));
    char chunk[64 * 1024];
    for (qint64 n; (n = file.read(chunk, sizeof chunk)) > 0;) {
        if (data.size() + n > MaxEntrySize)
            return std::nullopt;
        data.append(chunk, qsizetype(n));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return std::nullopt;
    return data;
}

} // namespace detail
} // namespace cordee::tablereader
