#include "declarationformat.h"

#include <QFileInfo>

namespace cordee::declarationformat {

QString key(DeclarationFormat format)
{
    switch (format) {
    case DeclarationFormat::Pdf:
        return QStringLiteral("pdf");
    case DeclarationFormat::Odt:
        return QStringLiteral("odt");
    case DeclarationFormat::Html:
        return QStringLiteral("html");
    case DeclarationFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

std::optional<DeclarationFormat> fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return DeclarationFormat::Pdf;
    if (suffix == u"odt")
        return DeclarationFormat::Odt;
    if (suffix == u"html" || suffix == u"htm")
        return DeclarationFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return DeclarationFormat::Markdown;
    return std::nullopt;
}

std::optional<PaperSize> paperFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"a4")
        return PaperSize::A4;
    if (k == u"letter")
        return PaperSize::Letter;
    return std::nullopt;
}

QString paperKey(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

QPageSize pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace cordee::declarationformat
